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
  /** The sources behind the plotted rows, oldest first, each with its credit. */
  sources: { id: string; credit: string; href: string }[];
  /** When the row budget drew only part of what qualified: the note that says how much; else null. */
  selection: string | null;
}

/** The row-budget note, or null when the chart drew every row it qualified. */
function selectionNote(shown: number, pool: Pool | undefined, labels: UiLabels): string | null {
  if (!pool || pool.total <= shown) return null;
  return labels.rowBudget[pool.noun].replaceAll('{shown}', String(shown)).replaceAll('{total}', String(pool.total));
}

function cellText(value: ChartRow[string], notStated: string): string {
  if (value === null || value === undefined || value === '') return notStated;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(value);
  return String(value as Exclude<Cell, null>);
}

/** Builds the view of chart `id`; `where` names the caller in an unknown-id error. */
export function chartView(
  id: string,
  context: ChartContext,
  copy: ReadonlyMap<string, ChartCopy>,
  options: Partial<ChartOptions> = {},
  where?: string,
): ChartView {
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
    sources: sources.map((s) => ({ id: s.id, credit: credit(s), href: sourcePath(s.id) })),
    selection: selectionNote(rows.length, chart.pool?.(context), context.words.labels),
  };
}
