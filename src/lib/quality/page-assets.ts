/**
 * What a built page makes the browser download: the stylesheets, scripts,
 * images and fonts its HTML references, what those stylesheets import or
 * point at, and the chunks its script modules import, followed recursively.
 * Iframes are not followed: their documents are pages of their own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { fileUrl, pageUrl, resolveRef } from './dist-pages.ts';

/** The kind of an asset, by how the page loads it; fonts count as images. */
export type AssetKind = 'css' | 'js' | 'image';

/** One file a page loads, dist-relative. */
export interface Asset {
  file: string;
  kind: AssetKind;
}

/** A reference that names no file in dist/, with the file that holds it. */
export interface MissingAsset {
  url: string;
  from: string;
}

/** The assets a page loads, each once, and the references that lead nowhere. */
export interface PageAssets {
  assets: Asset[];
  missing: MissingAsset[];
}

/** `<link rel>` tokens whose target the browser fetches with the page. */
const LINK_KINDS: Record<string, AssetKind> = { stylesheet: 'css', modulepreload: 'js', icon: 'image', 'apple-touch-icon': 'image' };
const PRELOAD_AS: Record<string, AssetKind> = { style: 'css', script: 'js' };

/** The kind of asset a `<link>` loads, or null for links that load nothing (canonical, alternate…). */
function linkKind(link: Element): AssetKind | null {
  const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  for (const rel of rels) if (LINK_KINDS[rel]) return LINK_KINDS[rel];
  if (rels.includes('preload')) return PRELOAD_AS[(link.getAttribute('as') ?? '').toLowerCase()] ?? 'image';
  return null;
}

/** The references in a stylesheet: `@import`s are CSS, every other `url()` an image or font. */
function cssRefs(css: string): { ref: string; kind: AssetKind }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const imports = [...text.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/g)].map((m) => ({ ref: m[2]!, kind: 'css' as const }));
  const urls = [...text.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/g)].map((m) => ({ ref: m[2]!, kind: 'image' as const }));
  // Imports first, so an `@import url(…)` counts as CSS when the url() pattern meets it again.
  return [...imports, ...urls];
}

/**
 * The modules a script imports, statically or with `import()`. TypeScript's
 * scanner skips strings and comments, which a regex over minified code would not.
 */
function jsRefs(js: string): { ref: string; kind: AssetKind }[] {
  return ts.preProcessFile(js, true, true).importedFiles
    // Bare specifiers (`import "d3"`) do not load in a browser without an import map; built code has none.
    .filter((f) => /^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(f.fileName))
    .map((f) => ({ ref: f.fileName, kind: 'js' as const }));
}

/** The references in a page's HTML, in document order. */
function htmlRefs(doc: Document): { ref: string; kind: AssetKind }[] {
  const refs: { ref: string; kind: AssetKind }[] = [];
  for (const el of doc.querySelectorAll('link[href], script[src], img[src], style')) {
    const tag = el.localName;
    if (tag === 'link') {
      const kind = linkKind(el);
      if (kind) refs.push({ ref: el.getAttribute('href')!, kind });
    } else if (tag === 'script') refs.push({ ref: el.getAttribute('src')!, kind: 'js' });
    else if (tag === 'img') refs.push({ ref: el.getAttribute('src')!, kind: 'image' });
    else refs.push(...cssRefs(el.textContent ?? ''));
  }
  return refs;
}

/**
 * Finds every file the page at `pagePath` (dist-relative) loads, given its
 * parsed document. Root-relative and relative references resolve against the
 * page's URL, those inside CSS and JS against the file's own; other origins
 * and `data:` URLs are ignored. Each file is listed once, under the kind it
 * was first loaded as.
 */
export function pageAssets(distRoot: string, pagePath: string, doc: Document): PageAssets {
  // The page itself is counted as HTML, never again as an asset it links to.
  const seen = new Set<string>([pagePath.replaceAll('\\', '/').replace(/^\/+/, '')]);
  const missing: MissingAsset[] = [];
  const queue: Asset[] = [];
  const visit = (refs: { ref: string; kind: AssetKind }[], base: URL, from: string) => {
    for (const { ref, kind } of refs) {
      const resolved = resolveRef(distRoot, ref, base);
      if (resolved.kind === 'missing') missing.push({ url: resolved.url, from });
      if (resolved.kind !== 'file' || seen.has(resolved.file)) continue;
      seen.add(resolved.file);
      queue.push({ file: resolved.file, kind });
    }
  };
  visit(htmlRefs(doc), pageUrl(pagePath), pagePath);
  // The queue grows while it is read: each stylesheet and module adds what it loads.
  for (const { file, kind } of queue) {
    if (kind === 'image') continue;
    const text = readFileSync(join(distRoot, file), 'utf8');
    visit(kind === 'css' ? cssRefs(text) : jsRefs(text), fileUrl(file), file);
  }
  return { assets: queue, missing };
}
