/**
 * The single source of truth for every data type in the project.
 *
 * Article front matter, the extracted facts and the public data files
 * (`/data/facts.json`, `/data/facts.schema.json`, `/data/facts.csv`) are all
 * described here. Types come from `z.infer`; the published JSON Schema is
 * generated from {@link FactsFile} with `z.toJSONSchema`.
 *
 * This is a public contract: extend it, never rename or remove a field.
 * Fields added after the first release carry defaults, so a file written
 * before them still parses; the files we publish always include them.
 */
import { z } from 'zod';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (month === undefined || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= max;
}

/** A publication date: `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
export const PublishedDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD, or YYYY-MM when only the month is known')
  .refine(isRealDate, 'is not a real calendar date (check the month and the day)');

/** A calendar day, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/** How a text reached us in English. */
export const Translation = z.enum(['none', 'machine', 'human']);

/**
 * The YAML front matter of `content/articles/<slug>.md`.
 * Unknown fields are rejected so that a typo never passes silently.
 */
export const ArticleFrontMatter = z.strictObject({
  /** Headline. Where the text has none, the published headline. */
  title: z.string().trim().min(1, 'must not be empty'),
  /** Who published the article, e.g. `Global Times`. */
  publisher: z.string().trim().min(1, 'must not be empty'),
  /** Publication date, `YYYY-MM-DD` or `YYYY-MM`. */
  published: PublishedDate,
  /** Address of a published copy. */
  url: HttpUrl.optional(),
  /** Reporters, photographers and editors as credited. */
  byline: z.string().trim().min(1).optional(),
  /** `machine` when the English text is a machine translation. */
  translation: Translation.optional(),
  /** Who republished the copy we have, when it is not the publisher. */
  via: z.string().trim().min(1).optional(),
  /** Editor's notes on the source: where the headline came from, what was cut. */
  notes: z.string().trim().min(1).optional(),
});
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatter>;

/** An article file once read: its slug, path, front matter and verbatim body. */
export const Article = z.object({
  /** The slug: the file name without `.md`. */
  id: z.string(),
  /** Path relative to the project root, e.g. `content/articles/<slug>.md`. */
  path: z.string(),
  data: ArticleFrontMatter,
  /** Everything after the front matter's closing `---` line, byte for byte. */
  body: z.string(),
});
export type Article = z.infer<typeof Article>;

/** A source article as published in the data. */
export const Source = z.object({
  /** The article's slug: its file name without `.md`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string(),
  publisher: z.string(),
  published: PublishedDate,
  url: HttpUrl.nullable(),
  byline: z.string().nullable(),
  translation: Translation.nullable(),
  via: z.string().nullable(),
  /** Path of the article file, relative to the project root. */
  path: z.string(),
  /** Length of the article body in UTF-16 code units (the unit of evidence offsets). */
  length: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof Source>;

/** What sort of place a gazetteer entry is. */
export const PlaceKind = z.enum(['country', 'region', 'prefecture', 'county', 'city', 'port', 'zone']);

/** A place from the curated gazetteer (`content/gazetteer.yaml`). */
export const Place = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: PlaceKind,
  /** Id of the containing place. */
  parent: z.string().optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Where the coordinates came from. */
  coordSource: z.string().min(1),
  note: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

/** The broad category a fact belongs to. */
export const FactKind = z.enum(['investment', 'project', 'port', 'trains', 'trade', 'other']);
export type FactKind = z.infer<typeof FactKind>;

/** How the source qualified a figure. */
export const Approx = z.enum(['exact', 'more-than', 'at-least', 'about', 'nearly', 'up-to', 'less-than', 'within']);
export type Approx = z.infer<typeof Approx>;

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
});
export type Period = z.infer<typeof Period>;

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
export const CorrectableField = z.enum(['kind', 'measure', 'value', 'unit', 'approx', 'subject', 'place', 'places', 'period', 'change', 'range']);
export type CorrectableField = z.infer<typeof CorrectableField>;

/** The mark an editor's review leaves on a published fact. */
export const FactReview = z.object({
  /** `corrected` when fields were changed; `noted` when only a note was added. */
  status: z.enum(['corrected', 'noted']),
  /** The fields the editor changed. */
  corrected: z.array(CorrectableField),
  /** The editor's note, shown with the fact. */
  note: z.string().nullable(),
});
export type FactReview = z.infer<typeof FactReview>;

/** One figure reported by one or more sources. */
export const Fact = z.object({
  /** Stable id derived from what the fact means, not where it was printed. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: FactKind,
  /** Which measure, e.g. `investment-planned`, `train-trips`, `trade-value`, `count`. */
  measure: z.string(),
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
  period: Period.nullable(),
  change: Change.nullable(),
  /** For a figure printed as a range (`50,000 to 80,000 yuan`): its ends. `value` is then the lower end. */
  range: Range.nullable().default(null),
  evidence: z.array(Evidence).min(1),
  /** `low` when the extractor could not pin down the place, the period or the measure. */
  confidence: z.enum(['high', 'low']),
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
  measure: z.string(),
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

/** The whole public data file, `/data/facts.json`. */
export const FactsFile = z.object({
  /** Version of this data contract. */
  version: z.literal(1),
  sources: z.array(Source),
  places: z.array(Place),
  facts: z.array(Fact),
  /** Disagreements between sources, for editors to settle. */
  conflicts: z.array(Conflict).default([]),
});
export type FactsFile = z.infer<typeof FactsFile>;

/** The fields an editor may set when correcting a fact; each is checked like the fact's own. */
export const FactCorrection = z.strictObject({
  kind: FactKind.optional(),
  measure: z.string().min(1).optional(),
  value: z.number().optional(),
  unit: z.string().min(1).optional(),
  approx: Approx.optional(),
  subject: z.string().nullable().optional(),
  place: z.string().nullable().optional(),
  places: z.array(z.string()).optional(),
  period: Period.nullable().optional(),
  change: Change.nullable().optional(),
  range: Range.nullable().optional(),
});
export type FactCorrection = z.infer<typeof FactCorrection>;

/**
 * One editor decision in `content/review.yaml`, keyed by fact id:
 * `reject` drops the fact (the note says why), `correct` sets fields,
 * `note` adds a note shown with the fact.
 */
export const ReviewEntry = z
  .strictObject({
    fact: z.string().min(1),
    action: z.enum(['reject', 'correct', 'note']),
    note: z.string().trim().min(1).optional(),
    set: FactCorrection.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.action === 'correct' && (!entry.set || Object.keys(entry.set).length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['set'], message: 'a correction needs `set:` with at least one field' });
    }
    if (entry.action !== 'correct' && entry.set) {
      ctx.addIssue({ code: 'custom', path: ['set'], message: `\`set:\` only goes with \`action: correct\`, not \`${entry.action}\`` });
    }
    if (entry.action !== 'correct' && !entry.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `\`action: ${entry.action}\` needs a \`note:\` saying why` });
    }
  });
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/** The whole review file: a list of decisions. */
export const ReviewFile = z.array(ReviewEntry);

/** Site-wide copy kept in `content/site.yaml`, so components hold no prose. */
export const SiteCopy = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Paragraphs introducing the facts list. */
  factsIntro: z.array(z.string().min(1)),
  /** The editor's note on the sources: who published them and what was not verified. */
  sourcesNote: z.string().min(1),
});
export type SiteCopy = z.infer<typeof SiteCopy>;

/** The JSON Schema for `/data/facts.json`, generated from {@link FactsFile}. */
export function factsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FactsFile, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
