/**
 * Publishing a build as one unit. Each build is staged in a folder of its
 * own, `.site/builds/<id>/` holding `dist/` and `facts.json`; `.site/current`
 * is a symbolic link to the published one. `dist` and
 * `src/generated/facts.json` are fixed links through `.site/current`, so one
 * rename of that link swaps the site and its data together: a kill at any
 * moment leaves either the old pair or the new one, never a mix.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Where builds are staged and published, relative to the project root. */
export const SITE_DIR = '.site';
/** The published site, as deploy tools and `astro preview` see it. */
export const DIST = 'dist';
/** The published data, as `npm run dev` and the next build's facts diff read it. */
export const PUBLISHED_FACTS = 'src/generated/facts.json';

const BUILDS = join(SITE_DIR, 'builds');
const CURRENT = join(SITE_DIR, 'current');

/** A staged build: its id and its paths relative to the project root. */
export interface StagedBuild {
  id: string;
  dir: string;
  dist: string;
  facts: string;
}

/** A new, empty staging folder. Ids sort by time, so the newest build is the last. */
export function stageBuild(root: string, now: Date = new Date(), pid: number = process.pid): StagedBuild {
  const id = `${now.toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 17)}-${pid}`;
  const dir = join(BUILDS, id);
  mkdirSync(join(root, dir), { recursive: true });
  return { id, dir, dist: join(dir, 'dist'), facts: join(dir, 'facts.json') };
}

/** The id of the published build, or null when nothing is published through `.site/current`. */
export function publishedBuild(root: string): string | null {
  try {
    return readlinkSync(join(root, CURRENT)).split('/').pop() ?? null;
  } catch {
    return null;
  }
}

/** Points `path` (relative to the root) at `target` with a link, replacing a file or an old link in one rename. */
function link(root: string, path: string, target: string, log: (line: string) => void): void {
  const abs = join(root, path);
  const wanted = relative(dirname(abs), join(root, target));
  let stat;
  try {
    stat = lstatSync(abs);
  } catch {
    stat = null;
  }
  if (stat?.isSymbolicLink() && readlinkSync(abs) === wanted) return;
  mkdirSync(dirname(abs), { recursive: true });
  if (stat?.isDirectory()) {
    // A dist/ from before builds were published as a unit: moved aside once, then replaced by the link.
    log(`${path}/ becomes a link to ${target}; the old folder is removed.`);
    const aside = join(root, SITE_DIR, `old-${path.replace(/\W/g, '-')}-${process.pid}`);
    renameSync(abs, aside);
    rmSync(aside, { recursive: true, force: true });
  }
  const temp = `${abs}.${process.pid}.link`;
  rmSync(temp, { force: true });
  symlinkSync(wanted, temp);
  renameSync(temp, abs);
}

/**
 * Makes a staged build the published one: one rename of `.site/current`.
 * The fixed links are made first if they are missing (a first build, or a
 * checkout from before this scheme).
 */
export function publishBuild(root: string, build: StagedBuild, log: (line: string) => void): void {
  const temp = join(root, `${CURRENT}.${process.pid}.next`);
  rmSync(temp, { force: true });
  symlinkSync(relative(join(root, SITE_DIR), join(root, build.dir)), temp);
  if (publishedBuild(root) === null) {
    // Nothing published yet through the links: flip first, so the links never point at nothing.
    renameSync(temp, join(root, CURRENT));
    link(root, DIST, join(CURRENT, 'dist'), log);
    link(root, PUBLISHED_FACTS, join(CURRENT, 'facts.json'), log);
    return;
  }
  link(root, DIST, join(CURRENT, 'dist'), log);
  link(root, PUBLISHED_FACTS, join(CURRENT, 'facts.json'), log);
  renameSync(temp, join(root, CURRENT));
}

/**
 * Removes every build but the published one and the one before it (which a
 * reader may still be loading), and what older schemes left behind. Run it
 * only while holding the build lock: a staged folder is another build's work.
 */
export function pruneBuilds(root: string): void {
  const current = publishedBuild(root);
  const dir = join(root, BUILDS);
  const ids = existsSync(dir) ? readdirSync(dir).sort() : [];
  const keep = new Set([current, ids.filter((id) => id !== current && (current === null || id < current)).pop()]);
  for (const id of ids) if (!keep.has(id)) rmSync(join(dir, id), { recursive: true, force: true });
  for (const old of ['.dist-next', '.dist-old', 'src/generated/facts.next.json']) rmSync(join(root, old), { recursive: true, force: true });
}
