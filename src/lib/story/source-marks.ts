import type { FactsFile } from '../../schema.ts';
import type { Marked } from './source-text.ts';

/** The spans to highlight in one source: each fact's figure and each event's clause, by their evidence offsets. */
export function sourceMarks(data: FactsFile, sourceId: string): Marked[] {
  const facts = data.facts.flatMap((fact) => fact.evidence
    .filter((e) => e.source === sourceId)
    .slice(0, 1)
    .map((e) => ({ anchor: `fact-${fact.id}`, start: e.start, end: e.end })));
  const events = data.events.flatMap((event) => event.evidence
    .filter((e) => e.source === sourceId)
    .slice(0, 1)
    .map((e) => ({ anchor: `event-${event.id}`, start: e.start, end: e.end })));
  return [...facts, ...events];
}
