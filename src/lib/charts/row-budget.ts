/**
 * The row budget: how much a chart draws when the corpus grows. A chart that
 * drew every fact would weigh megabytes at 2,000 articles and say nothing a
 * reader could take in. Below the budget a chart draws every row it
 * qualifies; above it, it keeps what compares best, and says so
 * (`ChartView.selection`, from the module's `pool`). Every figure stays in
 * the facts table and the full data files.
 *
 * The budget knows panels (`panels.ts`): a series keeps its latest periods
 * whole, so it grows as articles are added instead of being cut to one
 * point; a bar panel keeps each place's latest figure, then the largest; and
 * the cards, figures with nothing to compare with, are capped last. A row
 * the story cites (`ChartContext.pinned`) is kept whatever the budget
 * leaves out, so adding articles never takes a cited figure off the chart
 * beside its sentence.
 */
import type { FactDraft, FactRow } from './fact-rows.ts';
import { isSeries, panelKey, placeKey } from './panels.ts';

/** At most this many bars per panel. */
export const BARS_PER_GROUP = 8;
/** At most this many periods per series. */
export const SERIES_POINTS = 12;
/** At most this many number cards per chart. */
export const CARDS = 12;
/** At most this many events on the timeline. */
export const TIMELINE_EVENTS = 12;

/** Latest period first (no period last), then largest, then id, so the choice is stable. */
function latestFirst(a: FactDraft, b: FactDraft): number {
  const byEnd = (b.periodEnd ?? '').localeCompare(a.periodEnd ?? '');
  return byEnd || b.value - a.value || a.id.localeCompare(b.id);
}

/** Each place's latest figure (the largest, among equals), then the `max` largest of those. */
function latestPerPlace<R extends FactDraft>(rows: readonly R[], max: number): R[] {
  const perPlace = new Map<string, R>();
  for (const row of [...rows].sort(latestFirst)) if (!perPlace.has(placeKey(row))) perPlace.set(placeKey(row), row);
  return [...perPlace.values()].sort((a, b) => b.value - a.value || a.id.localeCompare(b.id)).slice(0, max);
}

/** A series' rows for its `max` latest periods, every value given for them. */
function latestPeriods<R extends FactDraft>(rows: readonly R[], max: number): R[] {
  const ends = [...new Set(rows.map((r) => r.periodEnd ?? ''))].sort().slice(-max);
  return rows.filter((r) => ends.includes(r.periodEnd ?? ''));
}

/**
 * The drafts a chart draws, before panels: per panel key, every place with a
 * series keeps its {@link SERIES_POINTS} latest periods; the other rows keep
 * all when within {@link BARS_PER_GROUP}, else each place's latest and the
 * largest of those. Input order is kept.
 */
export function latestAndLargest<R extends FactDraft>(rows: readonly R[], perGroup = BARS_PER_GROUP, pinned: ReadonlySet<string> = new Set()): R[] {
  const kept = new Set<R>(rows.filter((r) => pinned.has(r.id)));
  for (const members of Map.groupBy(rows, panelKey).values()) {
    const rest: R[] = [];
    for (const ofPlace of Map.groupBy(members, placeKey).values()) {
      if (isSeries(ofPlace)) for (const row of latestPeriods(ofPlace, SERIES_POINTS)) kept.add(row);
      else rest.push(...ofPlace);
    }
    for (const row of rest.length <= perGroup ? rest : latestPerPlace(rest, perGroup)) kept.add(row);
  }
  return rows.filter((row) => kept.has(row));
}

/** Results before plans, then latest, then largest: which cards a chart keeps when it has more than {@link CARDS}. */
function cardRank(a: FactRow, b: FactRow): number {
  return Number(a.status !== 'actual') - Number(b.status !== 'actual') || latestFirst(a, b);
}

/** The rows on their panels with the cards capped at `max`; panel order is kept. */
export function capCards(rows: readonly FactRow[], max = CARDS, pinned: ReadonlySet<string> = new Set()): FactRow[] {
  const cards = rows.filter((r) => r.mark === 'number');
  if (cards.length <= max) return [...rows];
  const kept = new Set([...cards.filter((r) => pinned.has(r.id)), ...cards.sort(cardRank).slice(0, max)]);
  return rows.filter((r) => r.mark !== 'number' || kept.has(r));
}

/** The {@link TIMELINE_EVENTS} latest rows by `dateOf`, in input order; all of them within the budget. */
export function latestRows<R extends { id: string }>(rows: readonly R[], dateOf: (row: R) => string, max = TIMELINE_EVENTS, pinned: ReadonlySet<string> = new Set()): R[] {
  if (rows.length <= max) return [...rows];
  const kept = new Set([...rows.filter((r) => pinned.has(r.id)), ...[...rows].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.id.localeCompare(b.id)).slice(0, max)]);
  return rows.filter((row) => kept.has(row));
}
