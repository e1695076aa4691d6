/**
 * The pure parts of adding an article: its slug, its file text, and whether
 * its body is already in the collection. `scripts/add-article.ts` does the I/O.
 */
import slugify from '@sindresorhus/slugify';
import { stringify } from 'yaml';
import type { Article, ArticleFrontMatter } from '../../schema.ts';
import { ArticleError } from './article-error.ts';

/** Longest slug, cut at a word: long enough to tell headlines apart, short enough for a URL. */
export const MAX_SLUG_LENGTH = 60;

/** The slug of a headline: its words, lower-case, joined by hyphens, cut at a word within {@link MAX_SLUG_LENGTH}. */
export function slugFor(title: string): string {
  // "7,000 trains" is one number: keep its digits together.
  const slug = slugify(title.replace(/(\d),(?=\d{3}\b)/g, '$1'));
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-')) || slug.slice(0, MAX_SLUG_LENGTH);
}

/** The article file: YAML front matter between `---` lines, then the body exactly as given. */
export function articleText(data: ArticleFrontMatter, body: string): string {
  const fields = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== null));
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${body}`;
}

/**
 * A body with markup, entities, punctuation, case and whitespace taken out,
 * so a re-saved, re-wrapped or re-typeset copy (curly quotes, a page saved
 * as HTML) is still recognised as the same article.
 */
export function normalised(body: string): string {
  return body
    .replace(/<[^<>]{0,300}>/g, ' ')
    .replace(/&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});/gi, ' ')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The existing article with the same body, or null. */
export function duplicateOf(body: string, existing: readonly Article[]): Article | null {
  const text = normalised(body);
  return existing.find((a) => normalised(a.body) === text) ?? null;
}

/** Throws when `body` is already published, naming the file that has it. */
export function assertNewBody(path: string, body: string, existing: readonly Article[]): void {
  const twin = duplicateOf(body, existing);
  if (twin) throw new ArticleError(path, 'body', `is already in ${twin.path}`, `do not add the same article twice; edit ${twin.path} instead`);
}
