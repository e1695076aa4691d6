/**
 * Facts as chart rows: every field a chart plots or its data table shows,
 * formatted once for people. Rows keep the fact id so every bar leads back
 * to its source sentence. `panels.ts` then puts each row on its panel.
 */
import type { Fact, FactScope, FactStatus } from '../../schema.ts';
import { credits } from '../format/attribution.ts';
import { impliedEarlier, impliedWords, proseChange } from '../format/prose-change.ts';
import { formatChange, formatFact } from '../format/format-value.ts';
import { formatPeriod } from '../format/format-period.ts';
import { measureLabel } from '../format/measure-label.ts';
import type { ChartColumn, ChartContext, ChartRow, ChartWords } from './chart-types.ts';
import { periodKind, type PeriodKind } from './period-kind.ts';

/** A fact's fields as a chart shows them, before it has a panel. */
export interface FactDraft {
  id: string;
  sources: string[];
  measure: string;
  /** The measure's display name. */
  measureLabel: string;
  status: FactStatus;
  /** Whose figure it is: a place's total, one project's or one company's. */
  scope: FactScope;
  /** Place name(s), `Alataw Pass and Horgos`; the not-stated label when there is none. */
  place: string;
  /** Gazetteer ids of the places, for focus. */
  placeIds: string[];
  /** Short period label, `H1 2022`. */
  period: string;
  /** Start and end of the period (ISO), or null: place a row in time. */
  periodStart: string | null;
  periodEnd: string | null;
  /** What the period is: none, a running total, or its length (`period-kind.ts`). */
  periodKind: PeriodKind;
  value: number;
  unit: string;
  /** The figure alone, `more than 5,900 trains`. */
  figure: string;
  /** The figure as printed for people: a claim that is not a result says so: `59 projects (planned)`. */
  display: string;
  /** The reported change, `+45.6% year-on-year`, or null. */
  change: string | null;
  /** The earlier level of a `from … to …` change, or null. */
  from: number | null;
  /** The change as words, `up 89.7% year-on-year`, or null. Added in 0.10. */
  changeWords: string | null;
  /** The earlier level a percentage change implies, about, to three figures; null when the source gave none or it is not a percentage. Added in 0.10. */
  implied: number | null;
  /** {@link implied} as words, `implied earlier level: about 32.2 billion yuan`, or null. Added in 0.10. */
  impliedWords: string | null;
  /** Publishers and months: `Xinjiang Daily, July 2022`. */
  credit: string;
}

/** A fact as a chart row, on its panel. */
export interface FactRow extends ChartRow, FactDraft {
  status: FactStatus;
  /** The panel's heading: the measure, and what the panel's rows share when it is not obvious. */
  panelLabel: string;
}

/** Turns facts into drafts, in the order given. */
export function factRows(facts: readonly Fact[], context: ChartContext): FactDraft[] {
  const { labels, measures } = context.words;
  return facts.map((fact) => {
    const sources = [...new Set(fact.evidence.map((e) => e.source))];
    const placeIds = fact.places.length ? fact.places : fact.place ? [fact.place] : [];
    const names = placeIds.map((id) => context.places.get(id)?.name ?? id);
    const figure = formatFact(fact);
    return {
      id: fact.id,
      sources,
      measure: fact.measure,
      measureLabel: measureLabel(fact.measure, measures),
      status: fact.status,
      scope: fact.scope,
      place: names.length ? names.join(' and ') : labels.notStated,
      placeIds,
      period: formatPeriod(fact.period, { notStated: labels.noPeriod, until: labels.until }),
      periodStart: fact.period?.start ?? null,
      periodEnd: fact.period?.end ?? null,
      periodKind: periodKind(fact.period),
      value: fact.value,
      unit: fact.unit,
      figure,
      display: fact.status === 'actual' ? figure : `${figure} (${labels.statuses[fact.status]})`,
      change: fact.change ? formatChange(fact.change) : null,
      from: fact.change?.from ?? null,
      changeWords: fact.change ? proseChange(fact, labels) : null,
      implied: impliedEarlier(fact),
      impliedWords: impliedWords(fact, labels),
      credit: credits(sources, context.sources),
    };
  });
}

/** Data-table columns shared by the charts built from fact rows. */
export function factColumns(words: ChartWords): ChartColumn[] {
  const l = words.labels;
  return [
    { key: 'measureLabel', label: l.measure },
    { key: 'place', label: l.place },
    { key: 'period', label: l.period },
    { key: 'display', label: l.value },
    { key: 'change', label: l.change },
    { key: 'credit', label: l.source },
  ];
}
