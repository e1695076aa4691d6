/**
 * From articles, the gazetteer and editors' reviews to the validated public
 * data file, with what each article's report needs.
 */
import { FactsFile, type Article, type Place, type ReviewEntry, type Source } from '../../schema.ts';
import { bodyHash } from '../article/body-hash.ts';
import { applyReviews } from '../review/apply-review.ts';
import { REVIEW_PATH } from '../review/parse-review.ts';
import { findConflicts } from '../extract/conflicts.ts';
import { mergeEvents } from '../extract/events.ts';
import { mergeLinks } from '../extract/links.ts';
import { readArticle, type ArticleReading } from '../extract/extract-article.ts';
import { createGeonamesFallback } from '../gazetteer/geonames-fallback.ts';
import { createPlaceFinder } from '../extract/places.ts';
import { dropDanglingParts } from '../extract/part-of.ts';
import { reconcile } from '../extract/reconcile.ts';
import { cachedReadings, type ReadingCache, type ReadingStats } from '../extract/reading-cache.ts';

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
    bodySha256: bodyHash(article.body),
  };
}

/** The data file and, per source id, what reading that article found. */
export interface Extraction {
  data: FactsFile;
  readings: ReadonlyMap<string, ArticleReading>;
  /** Which articles were read afresh and which came from the cache. */
  stats: ReadingStats;
}

/** A cache of article readings, valid for one extractor (see `reading-cache.ts`). */
export interface ExtractCache {
  store: ReadingCache;
  /** Hash of everything that changes how an article is read. */
  extractorHash: string;
}

/**
 * Extracts, reconciles, applies reviews, finds conflicts, merges events and validates.
 * Throws on a review of a missing fact; throws if the output breaks the
 * schema, which would be a bug in the extractor, never in an article.
 */
export function extractAll(articles: readonly Article[], places: readonly Place[], reviews: readonly ReviewEntry[] = [], cache: ExtractCache | null = null): Extraction {
  // The place finder compiles the whole gazetteer; a rebuild that reads nothing afresh never needs it.
  let finder: ReturnType<typeof createPlaceFinder> | null = null;
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  const { readings, stats } = cachedReadings(sorted, (a) => readArticle(a, (finder ??= createPlaceFinder(places, createGeonamesFallback(places)))), cache);
  const merged = reconcile([...readings.values()].flatMap((r) => r.facts));
  const facts = dropDanglingParts(applyReviews(merged, reviews, REVIEW_PATH, new Set(places.map((p) => p.id))));
  const events = mergeEvents([...readings.values()].flatMap((r) => r.events));
  // Places from the fallback are published when a fact or an event names them, after the curated ones.
  const named = new Set([...facts.flatMap((f) => f.places), ...events.flatMap((e) => e.places)]);
  const curatedIds = new Set(places.map((p) => p.id));
  const fallback = new Map([...readings.values()].flatMap((r) => r.fallbackPlaces ?? []).filter((p) => named.has(p.id) && !curatedIds.has(p.id)).map((p) => [p.id, p]));
  const published = [...places, ...[...fallback.values()].sort((a, b) => (a.id < b.id ? -1 : 1))];
  const links = mergeLinks([...readings.values()].flatMap((r) => r.links ?? []));
  const data = FactsFile.parse({ version: 1, sources: sorted.map(sourceOf), places: published, facts, conflicts: findConflicts(facts), events, links });
  return { data, readings, stats };
}

/** The data file alone. */
export function buildFacts(articles: readonly Article[], places: readonly Place[], reviews: readonly ReviewEntry[] = []): FactsFile {
  return extractAll(articles, places, reviews).data;
}
