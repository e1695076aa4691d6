/**
 * One export file's body and type, from a chart view: the standalone SVG as
 * text, or that SVG rendered to a PNG.
 */
import type { ChartView } from '../charts/chart-view.ts';
import type { ExportFile } from './export-files.ts';
import type { ExportWords } from './export-words.ts';
import { renderPng } from './render-png.ts';
import { standaloneSvg } from './standalone-svg.ts';

/** A file ready to serve. */
export interface ExportBody {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
}

/** Renders `file` of the chart `view`, crediting the story at `storyUrl`. */
export async function renderExport(file: ExportFile, view: ChartView, words: ExportWords, storyUrl: string): Promise<ExportBody> {
  const svg = standaloneSvg(view, { theme: file.theme, words, storyUrl });
  if (file.format === 'svg') return { body: svg, contentType: 'image/svg+xml; charset=utf-8' };
  return { body: await renderPng(svg), contentType: 'image/png' };
}
