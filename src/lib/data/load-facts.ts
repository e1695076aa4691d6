import { existsSync, readFileSync } from 'node:fs';
import { FactsFile } from '../../schema.ts';
import { factsPath } from './facts-path.ts';

/** Loads the extracted data written by `npm run extract`, validated. */
export function loadFacts(): FactsFile {
  const path = factsPath();
  if (!existsSync(path)) throw new Error(`${path} is missing. Fix: run \`npm run extract\` (or \`npm run build\`, which runs it first)`);
  return FactsFile.parse(JSON.parse(readFileSync(path, 'utf8')));
}
