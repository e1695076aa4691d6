/**
 * What a built page weighs over the wire: its HTML and every file it loads
 * (see page-assets.ts), each gzipped at zlib's default level as a static
 * host would serve it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { pageAssets, type AssetKind, type MissingAsset } from './page-assets.ts';

/** One file counted in a page's weight, dist-relative, in gzip bytes. */
export interface WeightedFile {
  file: string;
  kind: 'html' | AssetKind;
  bytes: number;
}

/** A page's weight in gzip bytes; `total` is the sum of `files`, and of `html`, `css`, `js` and `images`. */
export interface PageWeight {
  /** Dist-relative path of the page. */
  page: string;
  /** The HTML document, inline SVG and inline scripts included. */
  html: number;
  css: number;
  /** Script files: the page's scripts and every chunk they import. */
  js: number;
  /** Images and fonts. */
  images: number;
  /** The page's inline `<svg>` markup alone; informational, as it is already in `html`. */
  svgInline: number;
  /** The page's inline scripts alone; informational, as they are already in `html`. */
  scriptInline: number;
  total: number;
  /** Every file counted, the page first. */
  files: WeightedFile[];
  /** References naming no file in dist/: a broken build, and weight that goes uncounted. */
  missing: MissingAsset[];
}

/** gzip size at zlib's default level. */
export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data).length;
}

/** Script types a browser runs; JSON and templates in `<script>` are data. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The source text of the page's outermost `<svg>` elements, as written (a nested `<svg>` is inside its parent's). */
function inlineSvgMarkup(dom: JSDOM, html: string): string {
  return [...dom.window.document.querySelectorAll('svg')]
    .filter((svg) => !svg.parentElement?.closest('svg'))
    .map((svg) => {
      const location = dom.nodeLocation(svg);
      return location ? html.slice(location.startOffset, location.endOffset) : svg.outerHTML;
    })
    .join('\n');
}

/** The text of the page's inline scripts. */
function inlineScripts(doc: Document): string {
  return [...doc.querySelectorAll('script:not([src])')]
    .filter((s) => SCRIPT_TYPES.has((s.getAttribute('type') ?? '').trim().toLowerCase()))
    .map((s) => s.textContent ?? '')
    .join('\n');
}

/** Sums the gzip bytes of some files by kind. */
const sumOf = (files: readonly WeightedFile[], kind: WeightedFile['kind']) =>
  files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.bytes, 0);

/**
 * Weighs the page at `pagePath` (dist-relative, e.g. `embed/x/index.html`)
 * in the built site at `distRoot`: the HTML plus every stylesheet, script
 * chunk, image and font it loads, each counted once, in gzip bytes.
 * Iframes' documents are not counted; they are pages of their own.
 */
export function pageWeight(distRoot: string, pagePath: string): PageWeight {
  const path = join(distRoot, pagePath);
  if (!existsSync(path)) throw new Error(`${path} does not exist. Fix: run \`npm run build\` first, or name a page under ${distRoot}.`);
  const html = readFileSync(path, 'utf8');
  // Node locations let the inline SVG be measured as written rather than as re-serialised.
  const dom = new JSDOM(html, { includeNodeLocations: true });
  const doc = dom.window.document;
  const { assets, missing } = pageAssets(distRoot, pagePath, doc);
  const files: WeightedFile[] = [
    { file: pagePath, kind: 'html', bytes: gzipBytes(html) },
    ...assets.map((a) => ({ ...a, bytes: gzipBytes(readFileSync(join(distRoot, a.file))) })),
  ];
  const svg = inlineSvgMarkup(dom, html);
  const scripts = inlineScripts(doc);
  dom.window.close();
  return {
    page: pagePath,
    html: sumOf(files, 'html'),
    css: sumOf(files, 'css'),
    js: sumOf(files, 'js'),
    images: sumOf(files, 'image'),
    svgInline: svg ? gzipBytes(svg) : 0,
    scriptInline: scripts ? gzipBytes(scripts) : 0,
    total: files.reduce((sum, f) => sum + f.bytes, 0),
    files,
    missing,
  };
}
