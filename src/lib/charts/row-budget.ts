/**
 * The row budget: how much a chart draws when the corpus grows. A chart that
 * drew every fact would weigh megabytes at 2,000 articles and say nothing a
 * reader could take in. Below the budget a chart draws every row it
 * qualifies; above it, it keeps the latest and largest, and says so
 * (`ChartView.selection`, from the module's `pool`). Every figure stays in the facts table and the
 * full data files.
 */
import type { FactDraft } from './fact-rows.ts';

/** At most this many figures per group (one measure and unit). */
export const BARS_PER_GROUP = 8;

const groupKey = (row: FactDraft) => `${row.measure}|${row.unit}`;
/** At most this many events on the timeline. */
export const TIMELINE_EVENTS = 12;

/** Latest period first (no period last), then largest, then id, so the choice is stable. */
function latestFirst(a: FactDraft, b: FactDraft): number {
  const byEnd = (b.periodEnd ?? '').localeCompare(a.periodEnd ?? '');
  return byEnd || b.value - a.value || a.id.localeCompare(b.id);
}

/**
 * The rows a bar chart draws: a group within the budget keeps every row; a
 * larger one keeps each place's latest figure (the largest, among equals),
 * then the {@link BARS_PER_GROUP} largest of those. Input order is kept.
 */
export function latestAndLargest<R extends FactDraft>(rows: readonly R[], perGroup = BARS_PER_GROUP): R[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const members = groups.get(groupKey(row));
    if (members) members.push(row);
    else groups.set(groupKey(row), [row]);
  }
  const kept = new Set<R>();
  for (const members of groups.values()) {
    if (members.length <= perGroup) {
      for (const row of members) kept.add(row);
      continue;
    }
    const perPlace = new Map<string, R>();
    for (const row of [...members].sort(latestFirst)) if (!perPlace.has(row.place)) perPlace.set(row.place, row);
    const largest = [...perPlace.values()].sort((a, b) => b.value - a.value || a.id.localeCompare(b.id)).slice(0, perGroup);
    for (const row of largest) kept.add(row);
  }
  return rows.filter((row) => kept.has(row));
}

/** The {@link TIMELINE_EVENTS} latest rows by `dateOf`, in input order; all of them within the budget. */
export function latestRows<R extends { id: string }>(rows: readonly R[], dateOf: (row: R) => string, max = TIMELINE_EVENTS): R[] {
  if (rows.length <= max) return [...rows];
  const kept = new Set([...rows].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.id.localeCompare(b.id)).slice(0, max));
  return rows.filter((row) => kept.has(row));
}
