/**
 * `npm run extract`: runs the extraction (`src/lib/pipeline/run-extract.ts`)
 * and prints its report and the facts diff. Exits non-zero, naming the file
 * and the field, on bad input.
 */
import { writeFileAtomic } from '../src/lib/io/write-atomic.ts';
import { runExtract, runLines } from '../src/lib/pipeline/run-extract.ts';

if (import.meta.main) {
  try {
    for (const line of runLines(runExtract({ root: process.cwd(), write: writeFileAtomic }))) console.log(line);
  } catch (error) {
    console.error(`extract failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
