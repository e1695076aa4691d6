/**
 * A sensible default height for an embed's iframe, for hosts where
 * `/embed.js` cannot run (AMP, some CMSs, newsletters turned into web pages).
 * Estimated from the chart's own size and the amount of text around it, at
 * the width a news article's column usually has.
 */
import { estimateWidth, PAGE_EM } from '../charts/text-metrics.ts';
import type { ChartView } from '../charts/chart-view.ts';

/** The column width the default height is estimated for, in px. */
export const EMBED_DEFAULT_WIDTH = 640;

/** Page padding, both sides, in px (src/styles/embed.css). */
const PADDING = 16;

function lines(text: string, fontSize: number, width: number): number {
  return Math.max(1, Math.ceil(estimateWidth(text, fontSize, PAGE_EM) / width));
}

/** The size a `<svg viewBox="0 0 w h">` string declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) throw new Error('embed-height: the chart SVG has no viewBox. Fix: render it with render-svg.ts');
  return { width: Number(box[1]), height: Number(box[2]) };
}

/**
 * The iframe height in px that shows `view` whole at `width`: `svg` is the
 * variant the embed shows at that width.
 */
export function estimateEmbedHeight(view: ChartView, svg: string, footerText: string, width = EMBED_DEFAULT_WIDTH): number {
  const inner = width - 2 * PADDING;
  const size = svgSize(svg);
  const chart = size.height * (inner / size.width);
  const source = `${view.sources.map((s) => s.credit).join('; ')}${view.moreSources ? `; ${view.moreSources}` : ''} ${view.attribution ?? ''}`;
  const text =
    lines(view.title, 17.6, inner) * 23 + 8 +
    lines(view.takeaway, 16, inner) * 24 + 8 +
    [...view.notes, ...(view.selection ? [view.selection] : [])].reduce((sum, note) => sum + lines(note, 13.6, inner - 18) * 20.4, view.notes.length || view.selection ? 8 : 0) +
    lines(source, 13.6, inner) * 20.4 + 14 +
    27 +
    lines(footerText, 13.6, inner) * 20.4 + 24;
  return Math.ceil(chart + text + 2 * PADDING);
}
