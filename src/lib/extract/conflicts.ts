/**
 * Disagreements between sources: facts with the same kind, measure, places,
 * period and unit but different values, where each value comes from a source
 * the other lacks. An article that lists two values itself (26 enterprises in
 * one field, 17 in another) is not in conflict with itself.
 */
import { hash as digest } from 'node:crypto';
import type { Conflict, Fact } from '../../schema.ts';
import { isTimeless } from './classify.ts';

// A company's or a project's figure is compared only with the same scope's; a place's key is the one it always had.
const keyOf = (f: Fact) => [f.kind, f.measure, f.places.join('+'), f.period?.start ?? '', f.period?.end ?? '', f.unit, ...(f.scope === 'place' ? [] : [f.scope])].join('|');
const sourcesOf = (f: Fact) => new Set(f.evidence.map((e) => e.source));

/** True when each of two facts has a source the other does not. */
function disagree(a: Fact, b: Fact): boolean {
  if (a.value === b.value) return false;
  const sa = sourcesOf(a);
  const sb = sourcesOf(b);
  return [...sa].some((s) => !sb.has(s)) && [...sb].some((s) => !sa.has(s));
}

/**
 * Only facts whose measure is pinned down can disagree: a named measure (not
 * a bare count of `countries`) and a known period, or a measure that has no
 * period (a plan, a size). Two figures with unknown periods may both be right.
 * A part of a total is not a rival of the total, nor of another part.
 */
function comparable(f: Fact): boolean {
  return f.kind !== 'other' && f.partOf === null && (f.period !== null || isTimeless(f.measure));
}

/** Finds the conflicts among reconciled facts, sorted by id. */
export function findConflicts(facts: readonly Fact[]): Conflict[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts.filter(comparable)) groups.set(keyOf(f), [...(groups.get(keyOf(f)) ?? []), f]);
  const conflicts: Conflict[] = [];
  for (const [key, group] of groups) {
    const involved = group.filter((f) => group.some((g) => disagree(f, g)));
    if (involved.length < 2) continue;
    const first = involved[0]!;
    const slug = `conflict-${first.measure}-${first.places.join('-') || 'unplaced'}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '');
    conflicts.push({
      id: `${slug}-${digest('sha256', key).slice(0, 8)}`,
      kind: first.kind,
      measure: first.measure,
      unit: first.unit,
      place: first.place,
      places: first.places,
      period: first.period,
      facts: involved.map((f) => f.id).sort(),
      sources: [...new Set(involved.flatMap((f) => [...sourcesOf(f)]))].sort(),
    });
  }
  return conflicts.sort((a, b) => (a.id < b.id ? -1 : 1));
}
