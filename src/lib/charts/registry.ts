/**
 * The one place chart ids are looked up. The id names the chart's module,
 * its copy in `content/charts.yaml`, its snapshot and its test.
 */
import type { ChartModule, ChartRow } from './chart-types.ts';
import { foreignTrade } from './foreign-trade.ts';
import { freightTrains } from './freight-trains.ts';
import { investmentByZone } from './investment-by-zone.ts';
import { locatorMap } from './locator-map.ts';
import { portThroughput } from './port-throughput.ts';
import { projectsAndEnterprises } from './projects-and-enterprises.ts';
import { timeline } from './timeline.ts';

/** Every chart, in the order the story first uses them. */
export const CHARTS: readonly ChartModule<ChartRow>[] = [
  locatorMap, timeline, freightTrains, portThroughput, investmentByZone, projectsAndEnterprises, foreignTrade,
] as unknown as readonly ChartModule<ChartRow>[];

/** All registered chart ids. */
export const CHART_IDS: readonly string[] = CHARTS.map((c) => c.id);

/**
 * The chart registered under `id`. An unknown id is an error that lists
 * the known ones, so a typo in the story or an embed URL is caught at build.
 */
export function getChart(id: string, where = 'chart id'): ChartModule<ChartRow> {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`${where}: unknown chart id "${id}". Fix: use one of ${CHART_IDS.join(', ')}`);
  return chart;
}

/** One static path per registered chart id, for Astro's `getStaticPaths` on `[id]` routes. */
export function chartIdPaths(): { params: { id: string } }[] {
  return CHART_IDS.map((id) => ({ params: { id } }));
}
