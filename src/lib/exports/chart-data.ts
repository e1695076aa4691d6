/**
 * The data export of one chart: exactly the rows it plots, every field they
 * carry, and the sources behind them, as `/data/<chart-id>.json` and `.csv`.
 */
import { stringify } from 'csv-stringify/sync';
import { safeCsvCell } from './csv-safe.ts';
import { ChartData } from '../../schema.ts';
import type { ChartCopy, ChartDataRow, ChartDataValue } from '../../schema.ts';
import type { ChartContext, ChartRow } from '../charts/chart-types.ts';
import { getChart } from '../charts/registry.ts';
import { rowLink, rowQuote, rowSources } from '../charts/row-sources.ts';
import { absoluteUrl, chartUrls } from '../embed/chart-urls.ts';
import { credit } from '../format/attribution.ts';
import { sourcePath } from '../site/site-path.ts';

/** Words the export prints besides the chart's own copy. */
export interface ChartDataWords {
  chart: ChartCopy;
  notVerified: string;
}

/** Field order: the id, the table's columns, every other plotted field as first seen, then the sources. */
function fieldOrder(rows: readonly ChartRow[], tableKeys: readonly string[]): string[] {
  const fields = ['id', ...tableKeys.filter((k) => k !== 'id')];
  for (const row of rows) for (const key of Object.keys(row)) if (!fields.includes(key) && key !== 'sources') fields.push(key);
  return [...fields, 'sources', 'quote', 'evidence'];
}

function exportValue(value: ChartRow[string]): ChartDataValue {
  return value === undefined ? null : value;
}

/** Builds the export of chart `id`. `site` makes every link absolute. */
export function chartData(id: string, context: ChartContext, words: ChartDataWords, site: URL | string): ChartData {
  const chart = getChart(id, `/data/${id}.json`);
  const rows = chart.rows(context);
  const columns = chart.columns(context.words);
  const fields = fieldOrder(rows, columns.map((c) => c.key));
  const exported = rows.map((row): ChartDataRow => {
    const link = rowLink(row, context);
    const cited: Record<string, ChartDataValue> = { quote: rowQuote(row, context), evidence: link ? absoluteUrl(link, site) : null };
    const out: Record<string, ChartDataValue> = {};
    for (const field of fields) out[field] = field in cited ? cited[field]! : exportValue(row[field]);
    return out as ChartDataRow;
  });
  return ChartData.parse({
    chart: id,
    title: words.chart.title,
    takeaway: words.chart.takeaway,
    story: absoluteUrl(chartUrls(id).story, site),
    notVerified: words.notVerified,
    columns,
    fields,
    rows: exported,
    rowsQualified: chart.pool?.(context).total ?? exported.length,
    sources: rowSources(rows, context).map((s) => ({
      id: s.id, publisher: s.publisher, title: s.title, published: s.published, url: s.url, credit: credit(s), page: absoluteUrl(sourcePath(s.id), site),
    })),
    attribution: chart.attribution?.(context) ?? null,
  });
}

function csvCell(value: ChartDataValue): string | number {
  if (value === null) return '';
  if (Array.isArray(value)) return safeCsvCell(value.join(';'));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return safeCsvCell(value);
}

/** The rows as RFC 4180 CSV (CRLF line ends), one column per field; lists are joined with `;`; formula-like text is defused (`csv-safe.ts`). */
export function chartDataCsv(data: ChartData): string {
  return stringify([data.fields, ...data.rows.map((row) => data.fields.map((f) => csvCell(row[f] ?? null)))], { record_delimiter: '\r\n' });
}
