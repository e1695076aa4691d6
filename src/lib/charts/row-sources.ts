/**
 * Where a chart's rows come from: the sources behind them and the anchor of
 * each row's evidence. Shared by the chart view and the data exports, so the
 * table, the CSV and the JSON always cite the same sentences.
 */
import type { Event, Fact, FactsFile, Source } from '../../schema.ts';
import { memoOn } from '../memo/memo.ts';
import { sourcePath } from '../site/site-path.ts';
import type { ChartContext, ChartRow } from './chart-types.ts';

/** Facts and events by id, built once per data file: a lookup per row by scanning would be quadratic. */
const byId = memoOn((data: FactsFile) => ({
  facts: new Map<string, Fact>(data.facts.map((f) => [f.id, f])),
  events: new Map<string, Event>(data.events.map((e) => [e.id, e])),
}));

/** The anchor a row's evidence has on its source page (facts and events are highlighted there), or null. */
export function rowLink(row: ChartRow, context: ChartContext): string | null {
  const source = row.sources[0];
  if (!source) return null;
  const { facts, events } = byId(context.data);
  if (facts.has(row.id)) return sourcePath(source, row.id);
  if (events.has(row.id)) return `${sourcePath(source)}#event-${row.id}`;
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
  const { facts, events } = byId(context.data);
  const item = facts.get(row.id) ?? events.get(row.id);
  return item?.evidence[0]?.quote ?? null;
}
