import type { Event, FactsFile } from '../../schema.ts';
import { memoOn } from '../memo/memo.ts';
import { factsOfSource } from './source-facts.ts';
import type { Marked } from './source-text.ts';

/** Each source's events, in one pass (see `factsBySource`). */
const eventsBySource = memoOn((events: readonly Event[]): ReadonlyMap<string, Event[]> => {
  const bySource = new Map<string, Event[]>();
  for (const event of events) {
    for (const source of new Set(event.evidence.map((e) => e.source))) {
      const list = bySource.get(source);
      if (list) list.push(event);
      else bySource.set(source, [event]);
    }
  }
  return bySource;
});

/** The first span `item` has in `sourceId`, anchored as `prefix-<id>`. */
function firstMark(item: { id: string; evidence: readonly { source: string; start: number; end: number }[] }, sourceId: string, prefix: string): Marked[] {
  const e = item.evidence.find((x) => x.source === sourceId);
  return e ? [{ anchor: `${prefix}-${item.id}`, start: e.start, end: e.end }] : [];
}

/** The spans to highlight in one source: each fact's figure and each event's clause, by their evidence offsets. */
export function sourceMarks(data: FactsFile, sourceId: string): Marked[] {
  // Order is free: `sourceParagraphs` sorts the marks itself.
  return [
    ...factsOfSource(data.facts, sourceId).flatMap((fact) => firstMark(fact, sourceId, 'fact')),
    ...(eventsBySource(data.events).get(sourceId) ?? []).flatMap((event) => firstMark(event, sourceId, 'event')),
  ];
}
