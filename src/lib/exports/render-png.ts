/**
 * SVG in, PNG out, in WebAssembly (resvg), with Source Sans 3 as the only
 * font: the image looks the same on every machine that builds it, and no
 * system font or browser is needed. The I/O edge of the exports: the wasm
 * and the fonts are read from node_modules once per process.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { memoLast } from '../memo/memo.ts';
import { renderKey } from '../io/render-cache.ts';

const WASM = '@resvg/resvg-wasm/index_bg.wasm';
/** The weights the exports use: regular text, bold titles and values, and the italic and semibold a chart may ask for. */
const FONTS = ['Regular', 'Semibold', 'Bold', 'It'].map((face) => `source-sans/TTF/SourceSans3-${face}.ttf`);
const FAMILY = 'Source Sans 3';

/**
 * Reads a file of an installed package. The code runs inside Astro's bundled
 * prerender, where import.meta.url points into the build output, so packages
 * are resolved from the project root instead.
 */
async function readPackageFile(specifier: string): Promise<Uint8Array> {
  const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  try {
    const path = createRequire(join(process.cwd(), 'package.json')).resolve(specifier);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new Error(`render-png: cannot read ${specifier} (${(error as Error).message}). Fix: run \`npm ci\` in the project root so the dependency ${pkg} is installed`);
  }
}

/** The wasm, started once per process: resvg can be initialised only once. A failed load fails the build, so it is not retried. */
const loadWasm = memoLast((): Promise<void> => readPackageFile(WASM).then((wasm) => initWasm(wasm)));

/** The fonts, read once per process. */
const loadFonts = memoLast((): Promise<Uint8Array[]> => Promise.all(FONTS.map(readPackageFile)));

/** The default zoom: 2×, for sharp screens. Part of the cache key, as the default every export uses. */
export const PNG_SCALE = 2;

/** Bump when `renderPng` changes how it draws (options, zoom rule), so cached PNGs are drawn again. */
const RENDER_VERSION = 'render-png 1';

/** The tallest image rendered, in pixels: resvg fails far beyond it, and no page or CMS shows more. */
export const MAX_PNG_HEIGHT = 16_384;

/**
 * What a PNG depends on besides its SVG: the wasm, the fonts, the scale and
 * the height cap. Part of each PNG's render-cache key.
 */
export const rendererKey = memoLast(async (): Promise<string> => {
  const [wasm, fonts] = await Promise.all([readPackageFile(WASM), loadFonts()]);
  return renderKey([RENDER_VERSION, wasm, ...fonts, FAMILY, `scale ${PNG_SCALE}, max ${MAX_PNG_HEIGHT}`]);
});

/** The height an SVG declares on its root (our exports always do); 1 when it declares none. */
function svgHeight(svg: string): number {
  return Number(/<svg\b[^>]*?\sheight="([\d.]+)/.exec(svg)?.[1] ?? 1);
}

/** Frees a wasm object without letting a failure there hide the error that brought us here. */
function release(object: { free(): void }): void {
  try {
    object.free();
  } catch {
    // After a failed render resvg reports "recursive use of an object": the render's own error is the one to see.
  }
}

/**
 * Renders `svg` to a PNG at `scale` times its size (2 by default, for sharp
 * screens), smaller if that would be taller than {@link MAX_PNG_HEIGHT}.
 */
export async function renderPng(svg: string, scale = PNG_SCALE): Promise<Uint8Array<ArrayBuffer>> {
  const [, fontBuffers] = await Promise.all([loadWasm(), loadFonts()]);
  const font = { fontBuffers, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY, loadSystemFonts: false };
  const height = svgHeight(svg);
  const zoom = Math.min(scale, MAX_PNG_HEIGHT / Math.max(1, height));
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: zoom }, font });
  try {
    const image = resvg.render();
    try {
      return new Uint8Array(image.asPng());
    } finally {
      release(image);
    }
  } finally {
    release(resvg);
  }
}
