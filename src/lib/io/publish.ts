/**
 * Publishing a build as one unit. Each build is staged in a folder of its
 * own, `.site/builds/<id>/` holding `dist/` and `facts.json`; `.site/current`
 * is a symbolic link to the published one. `dist` and
 * `src/generated/facts.json` are fixed links through `.site/current`, so one
 * rename of that link swaps the site and its data together: a kill at any
 * moment leaves either the old pair or the new one, never a mix.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/**
 * Points `path` (relative to the root) at `target` with a link, replacing a
 * file or an old link in one rename. Returns a folder to delete once every
 * link is in place (an old `dist/` moved aside), or null.
 */
function link(root: string, path: string, target: string, log: (line: string) => void): string | null {
  const abs = join(root, path);
  const wanted = relative(dirname(abs), join(root, target));
  let stat;
  try {
    stat = lstatSync(abs);
  } catch {
    stat = null;
  }
  if (stat?.isSymbolicLink() && readlinkSync(abs) === wanted) return null;
  mkdirSync(dirname(abs), { recursive: true });
  const temp = `${abs}.${process.pid}.link`;
  rmSync(temp, { force: true });
  symlinkSync(wanted, temp);
  if (stat?.isDirectory()) {
    // A dist/ from before builds were published as a unit. A link cannot replace a folder in one rename, so the
    // folder is moved aside and the ready link put in its place straight after; the old folder is deleted last.
    log(`${path}/ becomes a link to ${target}; the old folder is removed.`);
    const aside = join(root, SITE_DIR, `old-${path.replace(/\W/g, '-')}-${process.pid}`);
    renameSync(abs, aside);
    renameSync(temp, abs);
    return aside;
  }
  renameSync(temp, abs);
  return null;
}

/** Marks a build as one that was published, so pruning can tell it from a stage a killed build left. */
const PUBLISHED_MARK = 'published';

/**
 * Makes a staged build the published one: one rename of `.site/current`.
 * The fixed links are made first if they are missing (a first build, or a
 * checkout from before this scheme).
 */
export function publishBuild(root: string, build: StagedBuild, log: (line: string) => void): void {
  writeFileSync(join(root, build.dir, PUBLISHED_MARK), `${new Date().toISOString()}\n`);
  const temp = join(root, `${CURRENT}.${process.pid}.next`);
  rmSync(temp, { force: true });
  symlinkSync(relative(join(root, SITE_DIR), join(root, build.dir)), temp);
  const links = () => [link(root, PUBLISHED_FACTS, join(CURRENT, 'facts.json'), log), link(root, DIST, join(CURRENT, 'dist'), log)];
  // Nothing published yet through the links: flip first, so the links never point at nothing. The two links then
  // follow in back-to-back renames; only after both is an old dist/ folder deleted.
  const first = publishedBuild(root) === null;
  if (first) renameSync(temp, join(root, CURRENT));
  const aside = links();
  if (!first) renameSync(temp, join(root, CURRENT));
  for (const folder of aside) if (folder) rmSync(folder, { recursive: true, force: true });
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
  const wasPublished = (id: string) => existsSync(join(dir, id, PUBLISHED_MARK));
  const previous = ids.filter((id) => id !== current && wasPublished(id) && (current === null || id < current)).pop();
  const keep = new Set([current, previous]);
  for (const id of ids) if (!keep.has(id)) rmSync(join(dir, id), { recursive: true, force: true });
  // What a kill can leave: a dist/ moved aside, temporary links, and the files of older schemes.
  const site = join(root, SITE_DIR);
  for (const name of existsSync(site) ? readdirSync(site) : []) if (/^old-|\.next$/.test(name)) rmSync(join(site, name), { recursive: true, force: true });
  for (const path of [DIST, PUBLISHED_FACTS]) {
    const folder = dirname(join(root, path));
    for (const name of existsSync(folder) ? readdirSync(folder) : []) if (name.endsWith('.link')) rmSync(join(folder, name), { force: true });
  }
  for (const old of ['.dist-next', '.dist-old', 'src/generated/facts.next.json']) rmSync(join(root, old), { recursive: true, force: true });
}

/** The data of the published build, where the next build's facts diff starts: `src/generated/facts.json` may since hold a dev extraction. */
export function publishedFactsPath(root: string): string {
  const published = join(root, CURRENT, 'facts.json');
  return existsSync(published) ? published : join(root, PUBLISHED_FACTS);
}
