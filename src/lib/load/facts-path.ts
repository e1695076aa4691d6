/**
 * Where the site reads the extracted data from. `npm run build` extracts
 * into its staging folder and points the Astro build at it through
 * `XJ_FACTS_PATH`, so a failed build leaves the published
 * `src/generated/facts.json` as it was (`src/lib/io/publish.ts`).
 */

import { PUBLISHED_FACTS } from '../io/publish.ts';

/** The extracted data the site and `npm run dev` use. */
export const FACTS_PATH = PUBLISHED_FACTS;

/** The facts file this process should read. */
export function factsPath(): string {
  return process.env.XJ_FACTS_PATH || FACTS_PATH;
}
