/**
 * The I/O edge of the chart data exports: loads the context and the copy,
 * and builds one chart's export. Shared by the CSV and JSON routes.
 */
import type { ChartData } from '../../schema.ts';
import { loadChartContext } from '../charts/chart-context.ts';
import { loadChartCopy } from '../load/load-chart-copy.ts';
import { CHART_IDS } from '../charts/registry.ts';
import { loadSiteCopy } from '../load/load-site-copy.ts';
import { chartData } from './chart-data.ts';

/** Loads and builds the export of chart `id`; `site` is Astro's configured site. */
export function loadChartData(id: string, site: URL | undefined): ChartData {
  if (!site) throw new Error('astro.config.mjs: site is not set. Fix: set `site` (or the SITE_URL environment variable) to the URL the site is published at');
  const copy = loadChartCopy(CHART_IDS).get(id)!;
  return chartData(id, loadChartContext(), { chart: copy, notVerified: loadSiteCopy().embed.notVerified }, site);
}
