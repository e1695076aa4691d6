/**
 * The built site as the quality checks see it: its HTML pages, the URL each
 * is served at, and the dist/ file a URL names.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A stand-in origin: URLs resolve against it, and any other origin is external. */
const ORIGIN = 'https://dist.invalid';

/** Every HTML page under `distRoot`, dist-relative with `/` separators, sorted. */
export function htmlPages(distRoot: string): string[] {
  return readdirSync(distRoot, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && statSync(join(distRoot, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** The URL a dist-relative page is served at: `embed/x/index.html` is `https://dist.invalid/embed/x/`. */
export function pageUrl(pagePath: string): URL {
  const path = pagePath.replaceAll('\\', '/').replace(/^\/+/, '');
  return new URL(path.replace(/(^|\/)index\.html$/, '$1'), `${ORIGIN}/`);
}

/** The dist-relative URL of an asset file, to resolve what it references against. */
export function fileUrl(file: string): URL {
  return new URL(file, `${ORIGIN}/`);
}

/** Where a reference leads, or why it is not followed. */
export type Resolved =
  | { kind: 'file'; file: string }
  | { kind: 'external' }
  | { kind: 'missing'; url: string };

/**
 * The dist-relative file a reference names, resolved against the URL of the
 * page or file holding it. Other origins, `data:` and fragment-only
 * references are external: the site does not serve them.
 */
export function resolveRef(distRoot: string, ref: string, base: URL): Resolved {
  const trimmed = ref.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'external' };
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return { kind: 'missing', url: trimmed };
  }
  if (url.origin !== ORIGIN) return { kind: 'external' };
  const path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  const direct = join(distRoot, path);
  // A folder URL is served as its index.html, as `build.format: 'directory'` lays pages out.
  const file = existsSync(direct) && statSync(direct).isDirectory() ? join(path, 'index.html') : path;
  if (!existsSync(join(distRoot, file))) return { kind: 'missing', url: url.pathname };
  return { kind: 'file', file: relative(distRoot, join(distRoot, file)).split(sep).join('/') };
}
