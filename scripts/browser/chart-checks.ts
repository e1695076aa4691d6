/**
 * What a reader notices about a chart on screen, measured in the browser:
 * text too small to read, labels that collide, text that runs outside the
 * chart. Used by `npm run screenshot` and by the site's browser tests, so CI
 * checks what the screenshots show.
 */
import type { Page } from 'playwright-core';
import { illegible, overlaps, type TextBox } from './layout-checks.ts';

/** A chart text as rendered: its box, its size in CSS px after the SVG's scaling, and whether it leaves the chart. */
export interface ChartText extends TextBox { chart: string; fontPx: number; outside: boolean }

/** Every text of every chart drawing shown on the page (a hidden narrow or wide variant has no box, so it is skipped). */
export async function chartTexts(page: Page): Promise<ChartText[]> {
  return page.$$eval('figure.chart', (figures) => figures.flatMap((figure) => [...figure.querySelectorAll('.chart-graphic svg')].flatMap((svg) => {
    const frame = svg.getBoundingClientRect();
    if (frame.width === 0) return [];
    const scale = frame.width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      const outside = r.left < frame.left - 1 || r.right > frame.right + 1;
      return { chart: figure.getAttribute('data-chart') ?? '?', text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height, fontPx: size, outside };
    });
  })));
}

/** The problems in `texts`, each prefixed with `where`: text outside its chart, overlapping labels, text under `minPx`. */
export function chartProblems(texts: readonly ChartText[], where: string, minPx: number): string[] {
  const problems: string[] = [];
  for (const chart of new Set(texts.map((t) => t.chart))) {
    const own = texts.filter((t) => t.chart === chart);
    for (const t of own.filter((x) => x.outside)) problems.push(`${where} ${chart}: "${t.text}" runs outside the chart`);
    for (const [a, b] of overlaps(own)) problems.push(`${where} ${chart}: "${a.text}" overlaps "${b.text}"`);
    for (const t of illegible(own, (box) => (box as ChartText).fontPx, minPx)) problems.push(`${where} ${chart}: "${t.text}" renders at ${(t as ChartText).fontPx.toFixed(1)}px (< ${minPx}px)`);
  }
  return problems;
}
