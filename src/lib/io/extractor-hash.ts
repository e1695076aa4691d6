/**
 * A hash of everything that changes how an article is read: the extractor's
 * code, the article parser, the schema, the gazetteer and the locked
 * dependency versions (wink-nlp, chrono-node). Any edit to one of them gives
 * a new hash, which invalidates every cached reading; nobody has to remember
 * to bump a version number.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders and files, relative to the project root, whose content the readings depend on. */
export const EXTRACTOR_INPUTS = ['src/lib/extract', 'src/lib/article', 'src/lib/gazetteer', 'src/lib/memo', 'src/lib/calendar', 'src/lib/yaml', 'src/schema', 'src/schema.ts', 'content/gazetteer.yaml', 'package-lock.json'];

function filesUnder(root: string, path: string): string[] {
  const abs = join(root, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [path];
  return readdirSync(abs).sort().flatMap((name) => filesUnder(root, join(path, name)));
}

/** The hash of the extractor's inputs under `root`. */
export function extractorHash(root: string, inputs: readonly string[] = EXTRACTOR_INPUTS): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((path) => filesUnder(root, path))) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}
