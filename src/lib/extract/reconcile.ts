/**
 * Reconciliation across sources: the same fact reported twice (same id, so
 * same measure, place, period, unit and value) becomes one fact with several
 * pieces of evidence.
 */
import type { Fact } from '../../schema.ts';

const byPosition = (a: Fact['evidence'][number], b: Fact['evidence'][number]) =>
  a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start;

/** Merges facts that share an id. Output is sorted by id, evidence by source and offset, so builds are reproducible. */
export function reconcile(facts: readonly Fact[]): Fact[] {
  const merged = new Map<string, Fact>();
  for (const fact of facts) {
    const seen = merged.get(fact.id);
    if (!seen) {
      merged.set(fact.id, { ...fact, evidence: [...fact.evidence] });
      continue;
    }
    seen.evidence.push(...fact.evidence);
    // One source that pins the fact down is enough; a warning any source raises stays.
    if (fact.confidence === 'high' && seen.confidence === 'low') Object.assign(seen, { confidence: 'high', confidenceReason: null });
    seen.partOf ??= fact.partOf;
    seen.warnings = [...new Set([...seen.warnings, ...fact.warnings])];
    seen.change ??= fact.change;
    seen.subject ??= fact.subject;
  }
  return [...merged.values()]
    .map((f) => ({ ...f, evidence: f.evidence.sort(byPosition) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
