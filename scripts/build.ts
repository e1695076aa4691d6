/**
 * `npm run build`: one build at a time (`.build.lock`), each in a staging
 * folder of its own (`.site/builds/<id>/`): extract the facts there, build
 * the site there, check that every page, export and data file is there, and
 * only then publish the pair, site and data, with one rename
 * (`src/lib/io/publish.ts`). A bad article, a broken story reference, a
 * crash or a kill leaves what was published exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { acquireBuildLock } from '../src/lib/io/build-lock.ts';
import { pruneRenderCache, RENDER_CACHE_DIR } from '../src/lib/io/render-cache.ts';
import { DIST, PUBLISHED_FACTS, publishBuild, pruneBuilds, stageBuild } from '../src/lib/io/publish.ts';
import { writeFileAtomic } from '../src/lib/io/write-atomic.ts';
import { CHART_IDS } from '../src/lib/charts/registry.ts';
import { readStoryDir } from '../src/lib/load/load-story.ts';
import { runExtract, runLines } from '../src/lib/pipeline/run-extract.ts';
import { factsPaging } from '../src/lib/story/facts-pages.ts';
import { storyCheckLines } from '../src/lib/story/superseded-refs.ts';
import { expectedSiteFiles, missingSiteFiles } from '../src/lib/quality/site-files.ts';
import { TIMELINE_PATH, timelineCheckLines } from '../src/lib/charts/timeline-check.ts';
import { loadYaml } from '../src/lib/load/load-yaml.ts';
import { TimelineLabels } from '../src/schema.ts';

export { DIST } from '../src/lib/io/publish.ts';

/** Where `astro build` writes, inside the staging area; only the lock holder uses it. */
const ASTRO_OUT = '.site/astro-out';

/** Runs `astro build` with the given environment; returns its exit code. */
export type AstroBuild = (root: string, env: Record<string, string>) => number;

/** The points between a build's steps, where a test can stop it (`XJ_FAULT=<point>` kills the process there). */
export type BuildPoint = 'locked' | 'extracted' | 'built' | 'checked' | 'published';

const astroBuild: AstroBuild = (root, env) =>
  spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

/**
 * Refuses a build for publication (`--production`) without `SITE_URL`: its
 * embed codes, oEmbed responses, CSV links and image credits would all point
 * at the local preview.
 */
export function checkProduction(production: boolean, siteUrl: string | undefined): void {
  if (production && !siteUrl) {
    throw new Error('--production: SITE_URL is not set, so every embed code, oEmbed response, data link and image credit would point at http://localhost:4321. Fix: SITE_URL=https://your.site npm run build -- --production');
  }
}

/** What a build may be given instead of the real thing, for tests. */
export interface BuildHooks {
  astro?: AstroBuild;
  /** Called at each {@link BuildPoint}. */
  at?: (point: BuildPoint) => void;
}

/** Builds and publishes the site; throws, with the published files untouched, on any failure. */
export function runBuild(root: string, log: (line: string) => void, { astro = astroBuild, at = () => {} }: BuildHooks = {}): void {
  const lock = acquireBuildLock(root, { task: 'build', log });
  try {
    at('locked');
    const stage = stageBuild(root);
    try {
      const start = performance.now();
      const run = runExtract({ root, write: writeFileAtomic, out: stage.facts });
      const timeline = timelineCheckLines(loadYaml(join(root, TIMELINE_PATH), TimelineLabels), run.extraction.data.events);
      for (const line of [...runLines(run), ...storyCheckLines(readStoryDir(root), run.extraction.data.facts), ...timeline]) log(line);
      at('extracted');
      const extracted = performance.now();
      // Astro builds into one fixed folder, then the site moves into the stage: a new outDir each time would
      // change Vite's config and make it re-optimise its dependencies on every build.
      rmSync(join(root, ASTRO_OUT), { recursive: true, force: true });
      const status = astro(root, { XJ_FACTS_PATH: stage.facts, XJ_OUT_DIR: ASTRO_OUT });
      if (status !== 0) throw new Error(`astro build exited with ${status} (its error is above)`);
      renameSync(join(root, ASTRO_OUT), join(root, stage.dist));
      at('built');
      const expected = expectedSiteFiles({ sourceIds: run.extraction.data.sources.map((s) => s.id), chartIds: CHART_IDS, publicFiles: filesUnder(join(root, 'public')), factsPages: factsPaging(run.extraction.data).pages.length });
      const missing = missingSiteFiles(join(root, stage.dist), expected);
      if (missing.length) throw new Error(`the staged site in ${stage.dist}/ is incomplete: ${missing.length} file(s) missing or empty (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}). Fix: run the build again; if it persists, the error is in the build output above`);
      // The site must serve the data this build extracted: an orphaned `astro build` of a killed run could have written here.
      const canonical = (path: string) => JSON.stringify(JSON.parse(readFileSync(join(root, path), 'utf8')));
      if (canonical(join(stage.dist, 'data/facts.json')) !== canonical(stage.facts)) {
        throw new Error(`the staged site in ${stage.dist}/ serves other data than this build extracted. Fix: stop any other build in this folder and run the build again`);
      }
      at('checked');
      if (!lock.held()) throw new Error('the build lock was taken over by another build while this one ran. Fix: run the build again once the other has finished');
      publishBuild(root, stage, log);
      at('published');
      log(`Build timing: extraction ${Math.round(extracted - start)} ms, site ${Math.round(performance.now() - extracted)} ms. Published build ${stage.id}.`);
    } catch (error) {
      for (const dir of [stage.dir, ASTRO_OUT]) rmSync(join(root, dir), { recursive: true, force: true });
      throw error;
    }
    pruneBuilds(root);
    pruneRenderCache(join(root, RENDER_CACHE_DIR));
  } finally {
    lock.release();
  }
}

/** The CLI's hook: `XJ_FAULT=<point>` kills the build there, as a crash or a Ctrl-C would. */
function faultAt(point: BuildPoint): void {
  if (process.env.XJ_FAULT === point) process.kill(process.pid, 'SIGKILL');
}

if (import.meta.main) {
  try {
    const args = process.argv.slice(2);
    const unknown = args.find((a) => a !== '--production');
    if (unknown) throw new Error(`${unknown}: unknown option. Fix: npm run build, or npm run build -- --production (needs SITE_URL)`);
    checkProduction(args.includes('--production'), process.env.SITE_URL);
    runBuild(process.cwd(), (line) => console.log(line), { at: faultAt });
  } catch (error) {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`Nothing was published: ${DIST}/ and ${relative('.', PUBLISHED_FACTS)} are as they were.`);
    process.exit(1);
  }
}
