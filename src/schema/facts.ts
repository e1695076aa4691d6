/** The extracted facts: what one figure is, where it was read, and conflicts between sources. */
import { z } from 'zod';
import { MeasureId } from './measures.ts';
import { IsoDate } from './article.ts';

import { FactKind } from './fact-kind.ts';

export { FactKind } from './fact-kind.ts';

/** How the source qualified a figure. */
export const Approx = z.enum(['exact', 'more-than', 'at-least', 'about', 'nearly', 'up-to', 'less-than', 'within']);
export type Approx = z.infer<typeof Approx>;

/**
 * Where a fact's place or period was read: in the figure's own `sentence`,
 * earlier in its `paragraph`, elsewhere in the `article` (the place it is
 * about, the period its lead names), in its `headline`, or from its
 * `published` date. Added in 0.4.
 */
export const Origin = z.enum(['sentence', 'paragraph', 'article', 'headline', 'published']);
export type Origin = z.infer<typeof Origin>;

/**
 * A time span, inclusive, in ISO dates. `start` is null for a running total
 * "as of" `end`, where the source gives no start.
 */
export const Period = z.object({
  start: IsoDate.nullable(),
  end: IsoDate,
  /** The words the source used, e.g. `the first half of this year`. */
  label: z.string(),
  /**
   * True when the figure's own sentence named no period and this one was
   * carried over from an earlier sentence about the same thing. Absent otherwise.
   */
  inherited: z.boolean().optional(),
  /** Where the period was read (see {@link Origin}). Added in 0.4; absent in older files. */
  from: Origin.optional(),
});
export type Period = z.infer<typeof Period>;

/**
 * How a figure stands: `actual` (happened, or the current state), `planned`
 * (a plan or budget), `expected` (a forecast, what a new facility will
 * deliver), `target` (a stated aim) or `cumulative` (a running total since a
 * start point). Added in 0.4.
 */
export const FactStatus = z.enum(['actual', 'planned', 'expected', 'target', 'cumulative']);
export type FactStatus = z.infer<typeof FactStatus>;

/** A reported change, e.g. `+45.6% year-on-year`. */
export const Change = z.object({
  value: z.number(),
  /** `percent`, `fold`, or the fact's own unit for an absolute change. */
  unit: z.string(),
  /** What it is compared with, e.g. `year-on-year`. */
  basis: z.string(),
  /** The earlier level, when the source gives one: `from 7 to 139` has `from: 7`. */
  from: z.number().optional(),
});
export type Change = z.infer<typeof Change>;

/** Where a fact was read: one sentence of one source. */
export const Evidence = z.object({
  /** Source id. */
  source: z.string(),
  /** The whole sentence, as printed. */
  quote: z.string(),
  /** Offsets into the article body: `body.slice(start, end)` is the figure as printed. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Offset of the quote in the body: `body.slice(quoteStart, quoteStart + quote.length) === quote`. */
  quoteStart: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

/** The two ends of a range. */
export const Range = z.object({ min: z.number(), max: z.number() });
export type Range = z.infer<typeof Range>;

/** Fields an editor may correct in `content/review.yaml`. */
export const CorrectableField = z.enum(['kind', 'measure', 'value', 'unit', 'approx', 'subject', 'place', 'places', 'period', 'change', 'range', 'status', 'scope', 'partOf']);
export type CorrectableField = z.infer<typeof CorrectableField>;

/** The mark an editor's review leaves on a published fact. */
export const FactReview = z.object({
  /** `corrected` when fields were changed; `noted` when only a note was added; `accepted` when the editor confirmed the fact as read (added in 0.6). */
  status: z.enum(['corrected', 'noted', 'accepted']),
  /** The fields the editor changed. */
  corrected: z.array(CorrectableField),
  /** The editor's note, shown with the fact. */
  note: z.string().nullable(),
});
export type FactReview = z.infer<typeof FactReview>;

/**
 * Whose figure it is: a place's total, one project's (a park, a plant, a
 * phase) or one company's. A project's or a company's figure is never a
 * place's total, though it keeps the place it stands in. Added in 0.6.
 */
export const FactScope = z.enum(['place', 'project', 'company']);
export type FactScope = z.infer<typeof FactScope>;

/** One figure reported by one or more sources. */
export const Fact = z.object({
  /** Stable id derived from what the fact means, not where it was printed. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: FactKind,
  /** Which measure, e.g. `investment-planned`, `train-trips`, `trade-value`: an id of the measure registry (`src/schema/measures.ts`), since 0.5 checked against it. */
  measure: MeasureId,
  /** The value in base units: "3.53 billion yuan" is 3530000000. */
  value: z.number(),
  /** `CNY`, `USD`, `percent`, or a plural noun such as `trains` or `km2`. */
  unit: z.string(),
  approx: Approx,
  /** What the figure counts or measures, in the source's words, e.g. `major projects`. */
  subject: z.string().nullable(),
  /** Id of a place in `places`, or null. The first of `places` when the figure belongs to several jointly. */
  place: z.string().nullable(),
  /** Every place the figure belongs to jointly, in the order printed: `Alataw Pass and Horgos`. Empty when `place` is null. */
  places: z.array(z.string()).default([]),
  /** Where the place was read (see {@link Origin}); null when there is no place. Added in 0.4. */
  placeFrom: Origin.nullable().default(null),
  period: Period.nullable(),
  change: Change.nullable(),
  /** How the figure stands: happened, planned, expected, aimed at, or a running total. Added in 0.4. */
  status: FactStatus.default('actual'),
  /** The same amount in another currency, printed beside it: the dollars in `17.6 billion yuan ($2.4 billion)`. Added in 0.4. */
  equivalent: z.object({ value: z.number(), unit: z.string() }).nullable().default(null),
  /** For a figure printed as a range (`50,000 to 80,000 yuan`): its ends. `value` is then the lower end. */
  range: Range.nullable().default(null),
  evidence: z.array(Evidence).min(1),
  /** `low` when the extractor could not pin down the place, the period or the measure. */
  confidence: z.enum(['high', 'low']),
  /** Why the fact is `low`, in words an editor reads (`period taken from the publication date; two places fit`); null when `high`. Added in 0.6. */
  confidenceReason: z.string().min(1).nullable().default(null),
  /** Id of the fact this one is a part of: `Among them, …`, `of which`, `including` after a total, `of the 40 companies, 25 …`. Null when it is no part. Added in 0.6. */
  partOf: z.string().nullable().default(null),
  /** Whose figure it is (see {@link FactScope}). Added in 0.6. */
  scope: FactScope.default('place'),
  /** What the editor must check before trusting the figure, e.g. a unit that translation often gets wrong. Added in 0.6. */
  warnings: z.array(z.string().min(1)).default([]),
  /** What an editor did to this fact in `content/review.yaml`, or null. */
  review: FactReview.nullable().default(null),
});
export type Fact = z.infer<typeof Fact>;

/**
 * Two or more sources that report different values for the same measure,
 * place and period. Never merged: editors see both and decide.
 */
export const Conflict = z.object({
  /** Stable id from the measure, place and period in dispute. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: FactKind,
  measure: MeasureId,
  unit: z.string(),
  place: z.string().nullable(),
  places: z.array(z.string()),
  period: Period.nullable(),
  /** Ids of the disagreeing facts, in `facts`. */
  facts: z.array(z.string()).min(2),
  /** Ids of the sources involved. */
  sources: z.array(z.string()).min(2),
});
export type Conflict = z.infer<typeof Conflict>;
