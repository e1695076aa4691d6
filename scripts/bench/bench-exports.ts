/**
 * The exports part of `npm run bench`: for every registered chart, the
 * median time to draw its embed view (two widths), compose its standalone
 * SVG and rasterise its PNG, with the sizes of what a build publishes.
 * Reads dist/ for the embed pages' weight (src/lib/quality/page-weight.ts)
 * when a build exists; asserts nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadChartContext } from '../../src/lib/charts/chart-context.ts';
import { loadChartCopy } from '../../src/lib/load/load-chart-copy.ts';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import { loadSiteCopy } from '../../src/lib/load/load-site-copy.ts';
import { embedView } from '../../src/lib/embed/embed-view.ts';
import { exportWords } from '../../src/lib/exports/export-words.ts';
import { renderPng } from '../../src/lib/exports/render-png.ts';
import { standaloneSvg } from '../../src/lib/exports/standalone-svg.ts';
import { BUDGETS, kb } from '../../src/lib/quality/budgets.ts';
import { pageWeight } from '../../src/lib/quality/page-weight.ts';
import { median, timeRuns, type Clock } from './measure.ts';

/** What {@link runExportBench} needs. */
export interface ExportBenchOptions {
  /** Project root holding `content/`, `src/generated/` and maybe `dist/`. */
  root: string;
  log: (line: string) => void;
  runs: number;
  clock?: Clock;
}

const ms = (times: number[]) => median(times).toFixed(1);

/** gzip size of an embed page with everything it loads, or null without a build. */
function embedWeight(root: string, id: string): number | null {
  const page = `embed/${id}/index.html`;
  return existsSync(join(root, 'dist', page)) ? pageWeight(join(root, 'dist'), page).total : null;
}

/** Times every chart's exports and prints one markdown table. */
export async function runExportBench({ root, log, runs, clock = () => performance.now() }: ExportBenchOptions): Promise<void> {
  const context = loadChartContext();
  const copy = loadChartCopy(CHART_IDS);
  const site = loadSiteCopy();
  const words = exportWords(site);
  const url = 'http://localhost:4321/';
  log(`Exports: ${runs} timed runs per chart after one warm-up; PNG at 2×.`);
  log('');
  log('| chart | embed view ms | SVG ms | PNG ms | SVG KB | PNG KB | embed page KB gz |');
  log('|---|--:|--:|--:|--:|--:|--:|');
  for (const id of CHART_IDS) {
    const view = () => embedView(id, context, copy, site, url);
    const viewTimes = timeRuns(view, runs, clock);
    const chart = { ...view().chart, svg: view().wideSvg };
    const svg = () => standaloneSvg(chart, { theme: 'light', words, storyUrl: url });
    const svgTimes = timeRuns(svg, runs, clock);
    const text = svg();
    let png = await renderPng(text);
    const pngTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = clock();
      png = await renderPng(text);
      pngTimes.push(clock() - start);
    }
    const weight = embedWeight(root, id);
    const page = weight === null ? 'no build' : `${kb(weight)}${weight > BUDGETS.embed.totalBytes ? ' OVER' : ''}`;
    log(`| ${id} | ${ms(viewTimes)} | ${ms(svgTimes)} | ${ms(pngTimes)} | ${kb(Buffer.byteLength(text))} | ${kb(png.length)} | ${page} |`);
  }
  log('');
  log(`Embed page budget: ${kb(BUDGETS.embed.totalBytes)} KB gzipped, styles and scripts included${existsSync(join(root, 'dist')) ? '' : ' (run `npm run build` to measure it)'}.`);
}
