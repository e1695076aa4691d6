import { existsSync, readFileSync } from 'node:fs';
import { FactsFile } from '../../schema.ts';
import { readCached } from '../memo/memo.ts';
import { factsPath } from './facts-path.ts';

function readFacts(path: string): FactsFile {
  if (!existsSync(path)) throw new Error(`${path} is missing. Fix: run \`npm run extract\` (or \`npm run build\`, which runs it first)`);
  return FactsFile.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The extracted data written by `npm run extract`, validated; read once per build (and again after an edit under `astro dev`). */
export function loadFacts(): FactsFile {
  return readCached(factsPath(), readFacts);
}
