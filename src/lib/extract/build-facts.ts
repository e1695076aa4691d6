/**
 * From articles and the gazetteer to the validated public data file.
 */
import { FactsFile, type Article, type Place, type Source } from '../../schema.ts';
import { extractArticle } from './extract-article.ts';
import { createPlaceFinder } from './places.ts';
import { reconcile } from './reconcile.ts';

/** The public description of an article. */
export function sourceOf(article: Article): Source {
  const d = article.data;
  return {
    id: article.id,
    title: d.title,
    publisher: d.publisher,
    published: d.published,
    url: d.url ?? null,
    byline: d.byline ?? null,
    translation: d.translation ?? null,
    via: d.via ?? null,
    path: article.path,
    length: article.body.length,
  };
}

/**
 * Extracts, reconciles and validates. Throws if the output breaks the schema,
 * which would be a bug in the extractor, never in an article.
 */
export function buildFacts(articles: readonly Article[], places: readonly Place[]): FactsFile {
  const finder = createPlaceFinder(places);
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  const facts = reconcile(sorted.flatMap((a) => extractArticle(a, finder)));
  return FactsFile.parse({ version: 1, sources: sorted.map(sourceOf), places: [...places], facts });
}
