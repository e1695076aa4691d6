/**
 * Rendered files kept by content hash (`.cache/rendered/<sha256>`), so a
 * rebuild after one new article does not redraw every PNG: an export whose
 * SVG and renderer are unchanged is read back byte for byte. Entries are
 * written atomically; one that cannot be read is rendered again. Each hit
 * touches its entry, and {@link pruneRenderCache} keeps the newest.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './write-atomic.ts';

/** The cache folder, relative to the project root. */
export const RENDER_CACHE_DIR = '.cache/rendered';

/** Entries kept by {@link pruneRenderCache}: a few builds' worth of every export. */
export const RENDER_CACHE_KEEP = 400;

/** The key of a rendering: the hash of everything it depends on. */
export function renderKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** What `render` returns for `key`, from the cache in `dir` when there, else rendered and stored. */
export async function cachedRender(dir: string, key: string, render: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const path = join(dir, key);
  try {
    const hit = new Uint8Array(readFileSync(path));
    if (hit.byteLength > 0) {
      const now = new Date();
      utimesSync(path, now, now);
      return hit;
    }
  } catch {
    // Not cached yet, or unreadable: render it.
  }
  const body = await render();
  writeFileAtomic(path, body);
  return body;
}

/** Removes all but the `keep` most recently used entries of `dir`; returns how many went. */
export function pruneRenderCache(dir: string, keep = RENDER_CACHE_KEEP): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const byAge = names.map((name) => ({ name, used: statSync(join(dir, name)).mtimeMs })).sort((a, b) => b.used - a.used);
  const old = byAge.slice(keep);
  for (const entry of old) rmSync(join(dir, entry.name), { force: true });
  return old.length;
}
