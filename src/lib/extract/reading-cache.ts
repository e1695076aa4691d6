/**
 * Reusing what reading an article found, when neither the article nor the
 * extractor has changed. Keys are content hashes, never file times: the
 * article's path, front matter and body, and a hash of every input that
 * changes how articles are read (the extractor's code, the gazetteer, the
 * locked dependency versions).
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../schema.ts';
import type { ArticleReading } from './extract-article.ts';

/** Where readings are kept between runs; `scripts/` gives a folder on disk, tests a Map. */
export interface ReadingCache {
  get(key: string): ArticleReading | null;
  set(key: string, reading: ArticleReading): void;
}

/** The cache key of an article under a given extractor. */
export function readingKey(article: Article, extractorHash: string): string {
  return createHash('sha256')
    .update(extractorHash).update('\0')
    .update(article.path).update('\0')
    .update(JSON.stringify(article.data)).update('\0')
    .update(article.body)
    .digest('hex');
}

/** How many articles were read afresh and how many came from the cache. */
export interface ReadingStats {
  read: string[];
  reused: string[];
}

/** Reads each article, or takes its reading from the cache; records which. */
export function cachedReadings(
  articles: readonly Article[],
  read: (article: Article) => ArticleReading,
  cache: { store: ReadingCache; extractorHash: string } | null,
): { readings: Map<string, ArticleReading>; stats: ReadingStats } {
  const stats: ReadingStats = { read: [], reused: [] };
  const readings = new Map<string, ArticleReading>();
  for (const article of articles) {
    const key = cache ? readingKey(article, cache.extractorHash) : '';
    const hit = cache?.store.get(key) ?? null;
    if (hit) {
      stats.reused.push(article.id);
      readings.set(article.id, hit);
      continue;
    }
    const reading = read(article);
    cache?.store.set(key, reading);
    stats.read.push(article.id);
    readings.set(article.id, reading);
  }
  return { readings, stats };
}
