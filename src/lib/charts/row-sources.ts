/**
 * Where a chart's rows come from: the sources behind them and the anchor of
 * each row's evidence. Shared by the chart view and the data exports, so the
 * table, the CSV and the JSON always cite the same sentences.
 */
import type { Source } from '../../schema.ts';
import { sourcePath } from '../site/site-path.ts';
import type { ChartContext, ChartRow } from './chart-types.ts';

/** The anchor a row's evidence has on its source page (facts and events are highlighted there), or null. */
export function rowLink(row: ChartRow, context: ChartContext): string | null {
  const source = row.sources[0];
  if (!source) return null;
  if (context.data.facts.some((f) => f.id === row.id)) return sourcePath(source, row.id);
  if (context.data.events.some((e) => e.id === row.id)) return `${sourcePath(source)}#event-${row.id}`;
  return null;
}

/** The sources behind the rows, each once, oldest first. */
export function rowSources(rows: readonly ChartRow[], context: ChartContext): Source[] {
  return [...new Set(rows.flatMap((r) => r.sources))]
    .flatMap((id) => context.sources.get(id) ?? [])
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}

/** The sentence a row's first piece of evidence quotes, or null (a place on the map). */
export function rowQuote(row: ChartRow, context: ChartContext): string | null {
  const item = context.data.facts.find((f) => f.id === row.id) ?? context.data.events.find((e) => e.id === row.id);
  return item?.evidence[0]?.quote ?? null;
}
