/**
 * The facts desk's table rows: each fact as a reader who doubts a number
 * reads it. Figure, measure, place, period, status, confidence or review,
 * source and date, and whether the story uses it, with the sentence it came
 * from. Pure: the page passes the data, the copy and what the story cites
 * and charts draw, and lays the rows out.
 */
import type { Fact, FactsFile, MeasureLabels, Place, Source, UiLabels } from '../../schema.ts';
import { formatPublished } from '../format/format-date.ts';
import { formatPeriod } from '../format/format-period.ts';
import { formatFact } from '../format/format-value.ts';
import { measureLabel } from '../format/measure-label.ts';
import { proseChange } from '../format/prose-change.ts';
import { quoteParts } from '../format/quote-parts.ts';
import { isPublishable } from '../review/publishable.ts';
import { sourcePath } from '../site/site-path.ts';

/** One row of the facts table. */
export interface FactTableRow {
  id: string;
  /** The figure as printed for people, `more than 5,900 trains`. */
  figure: string;
  /** The change as words, `up 36% year-on-year`, or null. */
  change: string | null;
  /** The measure's display label, `Train trips`. */
  measure: string;
  kind: Fact['kind'];
  /** The figure's value, for sorting. */
  value: number;
  /** Gazetteer ids of the places, for the filters. */
  placeIds: string[];
  /** Those ids and the ids of every place they lie within, nearest first (`fact-filters.ts`). */
  within: readonly string[];
  /** The names of the places they lie within, so a search for `Xinjiang` finds Horgos's rows. */
  withinNames: string[];
  /** Place names, `Alataw Pass · Horgos`, or the not-stated label. */
  place: string;
  period: string;
  /** For sorting: the period's end, ISO, or '' when there is none. */
  periodEnd: string;
  /** The status label: `reported` for a result, else `planned`, `expected`, … */
  status: string;
  /** Confidence or the editor's review, as words. */
  review: string;
  /** Whether the publication gate keeps the fact out of the charts and the story. */
  held: boolean;
  /** The first source; `url` is the original's, or null when the front matter has none. */
  source: { id: string; publisher: string; published: string; date: string; href: string; url: string | null };
  /** Where an inferred place or period came from, as words: `period taken from the headline`. */
  inferred: string[];
  /** Facts that give a different figure for the same measure, place and period. */
  conflicts: Array<{ id: string; figure: string; publisher: string }>;
  /** The other sources that report it too, each linked to its sentence there. */
  others: Array<{ id: string; publisher: string; href: string }>;
  /** The editor's review note, or null. */
  note: string | null;
  /** What the editor must check (a unit translation gets wrong). */
  warnings: string[];
  /** The total this figure is part of, by fact id, or null. */
  partOf: string | null;
  /** Whose figure it is when not the place's: one project's, one company's. */
  scope: string | null;
  /** What of the story shows it: `story` when a sentence cites it, and the chart ids that draw it. */
  storyUse: string[];
  /** The sentence, split around the figure so the page can highlight it. */
  quote: { before: string; figure: string; after: string };
}

/** What the table needs besides the facts. */
export interface FactTableInputs {
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  labels: UiLabels;
  measures: MeasureLabels;
  /** Fact ids a story sentence cites. */
  cited: ReadonlySet<string>;
  /** For each fact id, the ids of the charts that draw it. */
  charted: ReadonlyMap<string, readonly string[]>;
  /** For each fact id, its place ids and those of the places they lie within (`factFilters(data).within`). */
  within: ReadonlyMap<string, readonly string[]>;
  /** For each fact id, the facts in conflict with it (`rivalsOf`). */
  rivals: ReadonlyMap<string, readonly Fact[]>;
}

/** For each fact in a conflict, the other facts of that conflict. */
export function rivalsOf(data: Pick<FactsFile, 'facts' | 'conflicts'>): Map<string, Fact[]> {
  const byId = new Map(data.facts.map((f) => [f.id, f]));
  const rivals = new Map<string, Fact[]>();
  for (const conflict of data.conflicts) {
    for (const id of conflict.facts) {
      const others = conflict.facts.filter((o) => o !== id).flatMap((o) => byId.get(o) ?? []);
      rivals.set(id, [...(rivals.get(id) ?? []), ...others]);
    }
  }
  return rivals;
}

/** Where an inferred place or period was read, as words; nothing when both are the figure's own sentence's. */
function inferredFrom(fact: Fact, labels: UiLabels): string[] {
  const { placeFrom, periodFrom, origins } = labels.factsTable.provenance;
  const words = (template: string, origin: Fact['placeFrom']) => (origin && origin !== 'sentence' ? [template.replace('{origin}', origins[origin])] : []);
  const periodOrigin = fact.period?.from ?? (fact.period?.inherited ? 'paragraph' : null);
  return [...(fact.places.length ? words(placeFrom, fact.placeFrom) : []), ...words(periodFrom, periodOrigin)];
}

/** The words for a fact's confidence or review. */
function reviewOf(fact: Fact, labels: UiLabels): string {
  const { review } = labels.factsTable;
  if (fact.review) return review[fact.review.status];
  if (!isPublishable(fact)) return `${review.low}. ${labels.notReviewed} ${fact.confidenceReason ?? review.noReason}`;
  return fact.confidence === 'high' ? review.high : review.low;
}

/** The table row of one fact, quoting its first source. */
export function factTableRow(fact: Fact, inputs: FactTableInputs): FactTableRow {
  const { labels } = inputs;
  const evidence = fact.evidence[0]!;
  const source = inputs.sources.get(evidence.source);
  const places = fact.places.flatMap((id) => inputs.places.get(id) ?? []);
  const within = inputs.within.get(fact.id) ?? fact.places;
  return {
    id: fact.id,
    figure: formatFact(fact),
    change: fact.change ? proseChange(fact, labels) : null,
    measure: measureLabel(fact.measure, inputs.measures),
    value: fact.value,
    kind: fact.kind,
    placeIds: fact.places,
    within,
    withinNames: within.filter((id) => !fact.places.includes(id)).flatMap((id) => inputs.places.get(id)?.name ?? []),
    place: places.length ? places.map((p) => p.name).join(' · ') : labels.notStated,
    period: formatPeriod(fact.period, { notStated: labels.noPeriod, until: labels.until }),
    periodEnd: fact.period?.end ?? '',
    status: fact.status === 'actual' ? labels.factsTable.reported : labels.statuses[fact.status],
    review: reviewOf(fact, labels),
    held: !isPublishable(fact),
    source: {
      id: evidence.source,
      publisher: source?.publisher ?? evidence.source,
      published: source?.published ?? '',
      date: source ? formatPublished(source.published) : '',
      href: sourcePath(evidence.source, fact.id),
      url: source?.url ?? null,
    },
    inferred: inferredFrom(fact, labels),
    conflicts: (inputs.rivals.get(fact.id) ?? []).map((r) => ({ id: r.id, figure: formatFact(r), publisher: inputs.sources.get(r.evidence[0]!.source)?.publisher ?? r.evidence[0]!.source })),
    others: [...new Set(fact.evidence.slice(1).map((e) => e.source))].filter((id) => id !== evidence.source)
      .map((id) => ({ id, publisher: inputs.sources.get(id)?.publisher ?? id, href: sourcePath(id, fact.id) })),
    note: fact.review?.note ?? null,
    warnings: fact.warnings,
    partOf: fact.partOf,
    scope: fact.scope === 'place' ? null : labels.scopes[fact.scope],
    storyUse: [...(inputs.cited.has(fact.id) ? ['story'] : []), ...(inputs.charted.get(fact.id) ?? [])],
    quote: quoteParts(evidence),
  };
}

/** Which charts draw each fact, from the charts' rows. */
export function chartedFacts(charts: ReadonlyArray<{ id: string; rows: readonly { id: string }[] }>): Map<string, string[]> {
  const charted = new Map<string, string[]>();
  for (const chart of charts) for (const row of chart.rows) charted.set(row.id, [...(charted.get(row.id) ?? []), chart.id]);
  return charted;
}
