import { existsSync, readFileSync } from 'node:fs';
import { FactsFile } from '../../schema.ts';

const PATH = 'src/generated/facts.json';

/** Loads the extracted data written by `npm run extract`, validated. */
export function loadFacts(): FactsFile {
  if (!existsSync(PATH)) throw new Error(`${PATH} is missing. Fix: run \`npm run extract\` (or \`npm run build\`, which runs it first)`);
  return FactsFile.parse(JSON.parse(readFileSync(PATH, 'utf8')));
}
