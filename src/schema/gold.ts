/**
 * Hand-made gold annotations that the extractor's accuracy is measured
 * against: the development corpus's `gold.json` (`../shared/corpus/`) and
 * the seeds' `test/fixtures/seeds-gold.json`, in one format. Not published.
 */
import { z } from 'zod';

/** `2024`, `2024-H1`, `2024-Q1`, `2024-Q1-Q3`, `2024-01..2024-04`, `2024-02-21` or `~2024`. */
export const GoldPeriod = z
  .string()
  .regex(/^(?:~?\d{4}|\d{4}-H[12]|\d{4}-Q[1-4](?:-Q[1-4])?|\d{4}-\d{2}\.\.\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$/, 'must be a gold period label such as 2024, 2024-H1, 2024-Q1-Q3, 2024-01..2024-04, 2024-02-21 or ~2024');
export type GoldPeriod = z.infer<typeof GoldPeriod>;

/** How a gold figure stands: happened, planned, forecast, aimed at, or a running total. */
export const GoldStatus = z.enum(['actual', 'planned', 'expected', 'target', 'cumulative']);
export type GoldStatus = z.infer<typeof GoldStatus>;

/** One figure a careful reporter would take from an article. */
export const GoldFact = z.object({
  /** The article: the corpus file's first three characters (`d07`), or a seed's slug. */
  src: z.string().min(1),
  /** An exact substring of the article holding the figure. */
  text: z.string().min(1),
  /** Fully scaled: `3 billion yuan` is 3000000000; for a change, the change itself. */
  value: z.number(),
  /** Unit family: `CNY`, `percent`, `trains`, `tonnes`, … */
  unit: z.string().min(1),
  kind: z.enum(['trains', 'port', 'trade', 'investment', 'project', 'other']),
  measure: z.string().min(1),
  status: GoldStatus,
  /** Acceptable places; a match on any one is right. */
  place: z.union([z.string(), z.array(z.string())]),
  /** Null when the figure has no period; then the period is not checked. */
  period: GoldPeriod.nullable(),
  /** A level figure in the mission's categories that a reporter must extract. */
  core: z.boolean(),
  /** True on growth rates, increases and multipliers. */
  change: z.literal(true).optional(),
});
export type GoldFact = z.infer<typeof GoldFact>;

/** Page furniture: a fact whose quote holds `text` and whose value is one of `values` is an error. */
export const GoldNoise = z.object({
  src: z.string().min(1),
  text: z.string().min(1),
  why: z.string(),
  values: z.array(z.number()),
});
export type GoldNoise = z.infer<typeof GoldNoise>;

/** A whole gold file. */
export const GoldFile = z.object({
  about: z.string().optional(),
  facts: z.array(GoldFact),
  noise: z.array(GoldNoise).default([]),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** One entry of the corpus's `articles/index.json`. */
export const CorpusEntry = z.looseObject({
  file: z.string().regex(/\.txt$/),
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: z.string(),
  url: z.string().optional(),
});
export type CorpusEntry = z.infer<typeof CorpusEntry>;
