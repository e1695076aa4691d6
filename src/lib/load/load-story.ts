import { readFileSync } from 'node:fs';
import { readCached } from '../memo/memo.ts';

/** A story file, in page order. */
export interface StoryFile {
  /** The collection entry's id, e.g. `index`. */
  id: string;
  /** Its path, for error messages. */
  file: string;
  /** Its MDX source, front matter included, so line numbers match the file. */
  text: string;
}

const readText = (path: string): string => readFileSync(path, 'utf8');

/** The story's MDX files as written, for the checks that name a line (`src/lib/story/story-plan.ts`). */
export function loadStoryFiles(entries: readonly { id: string; filePath?: string | undefined }[]): StoryFile[] {
  return entries.map(({ id, filePath }) => {
    const file = filePath ?? `content/story/${id}.mdx`;
    return { id, file, text: readCached(file, readText) };
  });
}
