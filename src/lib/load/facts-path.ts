/**
 * Where the site reads the extracted data from. `npm run build` extracts
 * into a staging file and points the Astro build at it through
 * `XJ_FACTS_PATH`, so a failed build leaves the published
 * `src/generated/facts.json` as it was.
 */

/** The extracted data the site and `npm run dev` use. */
export const FACTS_PATH = 'src/generated/facts.json';

/** The staging file a build extracts into; renamed over {@link FACTS_PATH} once the site has built. */
export const NEXT_FACTS_PATH = 'src/generated/facts.next.json';

/** The facts file this process should read. */
export function factsPath(): string {
  return process.env.XJ_FACTS_PATH || FACTS_PATH;
}
