/**
 * Everything the page needs to show one chart: its words, its SVG, its data
 * table and its source line. Pure: the page only lays it out.
 */
import type { ChartCopy, UiLabels } from '../../schema.ts';
import { credit } from '../format/attribution.ts';
import { sourcePath } from '../site/site-path.ts';
import type { Cell, ChartColumn, ChartContext, ChartOptions, ChartRow, Pool } from './chart-types.ts';
import { DEFAULT_CHART_OPTIONS } from './chart-types.ts';
import { getChart } from './registry.ts';
import { memoOn } from '../memo/memo.ts';
import { renderSvg } from './render-svg.ts';
import { rowLink, rowSources } from './row-sources.ts';

/** One chart, ready to lay out. */
export interface ChartView {
  id: string;
  title: string;
  takeaway: string;
  /** The editor's alt text followed by the sentence built from the data. */
  alt: string;
  notes: string[];
  svg: string;
  columns: ChartColumn[];
  /** Table cells as text, one array per plotted row, in column order. */
  cells: string[][];
  /** Link from each table row to its evidence in the source text, or null (a place on the map). */
  rowLinks: (string | null)[];
  /** Credit for reference data such as a basemap, or null. */
  attribution: string | null;
  /** The sources behind the plotted rows, oldest first, each with its credit: the {@link SOURCE_CREDITS} newest when there are more. */
  sources: { id: string; credit: string; href: string }[];
  /** `and 1,992 other articles` when the source line names only some of the sources, else null. */
  moreSources: string | null;
  /** When the row budget drew only part of what qualified: the note that says how much; else null. */
  selection: string | null;
}

/**
 * At most this many sources are named under a chart. A map of places that
 * 2,000 articles mention would otherwise carry a source line of 2,000
 * credits; every row's own sources stay in its data table row and export.
 */
export const SOURCE_CREDITS = 8;

/** The row-budget note, or null when the chart drew every row it qualified. */
function selectionNote(shown: number, pool: Pool | undefined, labels: UiLabels): string | null {
  if (!pool || pool.total <= shown) return null;
  const count = new Intl.NumberFormat('en-US').format;
  return labels.rowBudget[pool.noun].replaceAll('{shown}', count(shown)).replaceAll('{total}', count(pool.total));
}

function cellText(value: ChartRow[string], notStated: string): string {
  if (value === null || value === undefined || value === '') return notStated;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(value);
  return String(value as Exclude<Cell, null>);
}

/**
 * Views already built, per context and copy: a build draws one chart for its
 * story step, its embed, its exports and its oEmbed, and the locator map
 * alone takes a quarter of a second at 2,000 articles.
 */
const built = memoOn((context: ChartContext) => memoOn((copy: ReadonlyMap<string, ChartCopy>) => new Map<string, ChartView>()));

/** The view of chart `id`; `where` names the caller in an unknown-id error. Views are shared: never change one. */
export function chartView(
  id: string,
  context: ChartContext,
  copy: ReadonlyMap<string, ChartCopy>,
  options: Partial<ChartOptions> = {},
  where?: string,
): ChartView {
  const views = built(context)(copy);
  const key = `${id}\0${options.width ?? ''}\0${options.focus ?? ''}`;
  const hit = views.get(key);
  if (hit) return hit;
  const view = buildChartView(id, context, copy, options, where);
  views.set(key, view);
  return view;
}

function buildChartView(id: string, context: ChartContext, copy: ReadonlyMap<string, ChartCopy>, options: Partial<ChartOptions>, where?: string): ChartView {
  const chart = getChart(id, where);
  const words = copy.get(id);
  if (!words) throw new Error(`content/charts.yaml: ${id}: is missing. Fix: add a title, takeaway and alt for the chart`);
  const rows = chart.rows(context);
  const columns = chart.columns(context.words);
  const sources = rowSources(rows, context);
  const described = chart.describe(rows);
  return {
    id,
    title: words.title,
    takeaway: words.takeaway,
    alt: described ? `${words.alt} ${described}` : words.alt,
    notes: words.notes,
    svg: renderSvg(chart.plot(rows, { ...DEFAULT_CHART_OPTIONS, ...options }, context)),
    columns,
    cells: rows.map((row) => columns.map((c) => cellText(row[c.key], context.words.labels.notStated))),
    rowLinks: rows.map((r) => rowLink(r, context)),
    attribution: chart.attribution?.(context) ?? null,
    sources: sources.slice(-SOURCE_CREDITS).map((s) => ({ id: s.id, credit: credit(s), href: sourcePath(s.id) })),
    moreSources: sources.length > SOURCE_CREDITS
      ? context.words.labels.moreSources.replaceAll('{n}', new Intl.NumberFormat('en-US').format(sources.length - SOURCE_CREDITS))
      : null,
    selection: selectionNote(rows.length, chart.pool?.(context), context.words.labels),
  };
}
