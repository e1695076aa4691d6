/**
 * One export file's body and type, from a chart view: the standalone SVG as
 * text, or that SVG rendered to a PNG.
 */
import type { ChartView } from '../charts/chart-view.ts';
import type { ExportFile } from './export-files.ts';
import type { ExportWords } from './export-words.ts';
import { renderPng, rendererKey } from './render-png.ts';
import { cachedRender, renderKey } from '../io/render-cache.ts';
import { standaloneSvg } from './standalone-svg.ts';

/** A file ready to serve. */
export interface ExportBody {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
}

/**
 * Renders `file` of the chart `view`, crediting the story at `storyUrl`. A
 * PNG is kept in the render cache at `cacheDir` (`io/render-cache.ts`) under
 * the hash of its SVG and the renderer, so an unchanged chart is not drawn again.
 */
export async function renderExport(file: ExportFile, view: ChartView, words: ExportWords, storyUrl: string, cacheDir?: string): Promise<ExportBody> {
  const svg = standaloneSvg(view, { theme: file.theme, words, storyUrl });
  if (file.format === 'svg') return { body: svg, contentType: 'image/svg+xml; charset=utf-8' };
  const png = cacheDir ? await cachedRender(cacheDir, renderKey(['png', await rendererKey(), svg]), () => renderPng(svg)) : await renderPng(svg);
  return { body: png, contentType: 'image/png' };
}
