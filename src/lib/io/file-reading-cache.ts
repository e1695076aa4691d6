/**
 * Article readings cached on disk, one JSON file per key under `.cache/`.
 * A file that cannot be read is a miss, never an error: the article is just
 * read again. Entries this run did not use are pruned, so the folder holds
 * one entry per current article.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleReading } from '../extract/extract-article.ts';
import type { ReadingCache } from '../extract/reading-cache.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Where readings are cached, relative to the project root. */
export const READING_CACHE_DIR = '.cache/readings';

/** A {@link ReadingCache} in `dir`, with `prune()` to drop what this run did not touch. */
export function fileReadingCache(dir: string): ReadingCache & { prune(): void } {
  const used = new Set<string>();
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      used.add(key);
      try {
        if (!existsSync(file(key))) return null;
        const reading = JSON.parse(readFileSync(file(key), 'utf8')) as Partial<ArticleReading>;
        const whole = [reading.facts, reading.events, reading.unread, reading.unknownPlaces].every(Array.isArray);
        return whole ? (reading as ArticleReading) : null;
      } catch {
        return null;
      }
    },
    set(key, reading) {
      used.add(key);
      mkdirSync(dir, { recursive: true });
      writeFileAtomic(file(key), JSON.stringify(reading));
    },
    prune() {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(dir, name), { force: true });
    },
  };
}
