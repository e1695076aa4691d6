/** Articles and their sources: front matter, the read article, the published source record. */
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
  /** SHA-256 of the body as extracted (UTF-8, hex): the site checks it renders the same text. Null in files from before data contract 0.7. */
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null),
});
export type Source = z.infer<typeof Source>;
