import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Where the story's copy lives, relative to the project root. */
export const STORY_DIR = 'content/story';

/** Every MDX file of the story under `root`, by name, for the checks run outside Astro (the extract's story check). */
export function readStoryDir(root: string): StoryFile[] {
  const dir = join(root, STORY_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort().map((name) => ({ id: name.replace(/\.mdx$/, ''), file: `${STORY_DIR}/${name}`, text: readCached(join(dir, name), readText) }));
}

/** The story's MDX files as written, for the checks that name a line (`src/lib/story/story-plan.ts`). */
export function loadStoryFiles(entries: readonly { id: string; filePath?: string | undefined }[]): StoryFile[] {
  return entries.map(({ id, filePath }) => {
    const file = filePath ?? `${STORY_DIR}/${id}.mdx`;
    return { id, file, text: readCached(file, readText) };
  });
}
