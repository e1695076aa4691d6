/**
 * `npm run build`: extracts into a staging file, builds the site into a
 * staging folder, and only when both succeed swaps them in as
 * `src/generated/facts.json` and `dist/`. A bad article or a broken story
 * reference leaves what was published exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FACTS_PATH, NEXT_FACTS_PATH } from '../src/lib/load/facts-path.ts';
import { writeFileAtomic } from '../src/lib/io/write-atomic.ts';
import { runExtract, runLines } from '../src/lib/pipeline/run-extract.ts';

/** The published site, and the folders a build stages it in. */
export const DIST = 'dist';
const NEXT_DIST = '.dist-next';
const OLD_DIST = '.dist-old';

/** Runs `astro build` with the given environment; returns its exit code. */
export type AstroBuild = (root: string, env: Record<string, string>) => number;

const astroBuild: AstroBuild = (root, env) =>
  spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

/** Replaces `dist/` with the staged build: two renames, so there is never a half-written dist/. */
function swapDist(root: string): void {
  const [dist, next, old] = [DIST, NEXT_DIST, OLD_DIST].map((dir) => join(root, dir)) as [string, string, string];
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
  rmSync(old, { recursive: true, force: true });
}

/** Builds the site; throws, with the published files untouched, on any failure. */
export function runBuild(root: string, log: (line: string) => void, astro: AstroBuild = astroBuild): void {
  const staged = [join(root, NEXT_FACTS_PATH), join(root, NEXT_DIST)];
  for (const path of staged) rmSync(path, { recursive: true, force: true });
  try {
    const start = performance.now();
    for (const line of runLines(runExtract({ root, write: writeFileAtomic, out: NEXT_FACTS_PATH }))) log(line);
    const extracted = performance.now();
    const status = astro(root, { XJ_FACTS_PATH: NEXT_FACTS_PATH, XJ_OUT_DIR: NEXT_DIST });
    if (status !== 0) throw new Error(`astro build exited with ${status} (its error is above)`);
    swapDist(root);
    renameSync(join(root, NEXT_FACTS_PATH), join(root, FACTS_PATH));
    log(`Build timing: extraction ${Math.round(extracted - start)} ms, site ${Math.round(performance.now() - extracted)} ms.`);
  } finally {
    for (const path of staged) rmSync(path, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  try {
    runBuild(process.cwd(), (line) => console.log(line));
  } catch (error) {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`Nothing was published: ${DIST}/ and ${FACTS_PATH} are as they were.`);
    process.exit(1);
  }
}
