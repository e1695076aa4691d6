/**
 * `/data/<chart-id>.json`: exactly the rows one chart plots, with the
 * sources behind them. A public contract like facts.json: extend, never
 * rename or remove a field.
 */
import { z } from 'zod';
import { ChartId } from './copy.ts';

/** A value in a chart row: text, a number, a flag, a list of ids, or null when not stated. */
export const ChartDataValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type ChartDataValue = z.infer<typeof ChartDataValue>;

/** One plotted row. `id` is the fact, event or place it shows; `sources` are article ids. */
export const ChartDataRow = z.looseObject({
  id: z.string().min(1),
  sources: z.array(z.string()),
  /** The sentence the row comes from, as the source printed it, or null (a place on the map). */
  quote: z.string().nullable(),
  /** Link to the sentence the row comes from on this site, or null (a place on the map). */
  evidence: z.url().nullable(),
  /**
   * The panel the row is drawn on. Rows that share a panel share one scale,
   * and so one measure, unit, status and kind of period. Data contract 0.9;
   * absent in older files.
   */
  panel: z.string().min(1).optional(),
  /** How the row is drawn: `bar`, `line`, `dot`, `number`, `event` or `map`. Data contract 0.9; absent in older files. */
  mark: z.enum(['bar', 'line', 'dot', 'number', 'event', 'map']).optional(),
  /** The fact's status (`actual`, `planned`, …); null for an event or a place. Data contract 0.9; absent in older files. */
  status: z.string().nullable().optional(),
}).catchall(ChartDataValue);
export type ChartDataRow = z.infer<typeof ChartDataRow>;

/** A source behind the chart, with the credit the chart prints. */
export const ChartDataSource = z.strictObject({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  published: z.string(),
  /** The publisher's own URL, when known. */
  url: z.url().nullable(),
  credit: z.string(),
  /** The article as received, with every figure highlighted, on this site. */
  page: z.url(),
});
export type ChartDataSource = z.infer<typeof ChartDataSource>;

/** The whole export of one chart. */
export const ChartData = z.strictObject({
  chart: ChartId,
  title: z.string(),
  takeaway: z.string(),
  /** The chart in the story. */
  story: z.url(),
  /** The figures are the publishers' own; this says so next to them. */
  notVerified: z.string(),
  /** The data table's columns, with their headers; every row also carries further plotted fields. */
  columns: z.array(z.strictObject({ key: z.string(), label: z.string() })),
  /** Every field name in the rows, in CSV column order. */
  fields: z.array(z.string()),
  rows: z.array(ChartDataRow),
  /**
   * How many rows qualified for the chart. More than `rows.length` when its
   * row budget drew only the latest and largest; every figure is still in
   * `/data/facts.json`. Data contract 0.8; absent in older files.
   */
  rowsQualified: z.number().int().nonnegative().optional(),
  sources: z.array(ChartDataSource),
  /** Credit for reference data drawn besides the sources, such as a basemap, or null. */
  attribution: z.string().nullable(),
});
export type ChartData = z.infer<typeof ChartData>;
