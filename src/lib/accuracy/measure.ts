/**
 * Reads each article afresh (no reviews, no cache: this measures the
 * extractor, not the editors) and scores the readings against the gold.
 */
import type { Article, GoldFile, Place } from '../../schema.ts';
import { readArticle } from '../extract/extract-article.ts';
import { createPlaceFinder } from '../extract/places.ts';
import { createGeonamesFallback } from '../gazetteer/geonames-fallback.ts';
import { figuresOf } from './figures.ts';
import { scoreSet, type SetScore } from './score.ts';

/** Articles and the gold made for them. */
export interface GoldSet {
  name: string;
  articles: readonly Article[];
  gold: GoldFile;
}

/** Reads and scores every set; the last entry is all of them together. */
export function measureAccuracy(sets: readonly GoldSet[], places: readonly Place[]): Array<readonly [string, SetScore]> {
  const finder = createPlaceFinder(places, createGeonamesFallback(places));
  const scored = sets.map((set) => {
    const readings = set.articles.map((a) => readArticle(a, finder));
    const figures = readings.flatMap((r) => r.facts.flatMap(figuresOf));
    // Places the GeoNames fallback supplied are places like any other to the scorer.
    const known = new Map([...places, ...readings.flatMap((r) => r.fallbackPlaces)].map((p) => [p.id, p]));
    return { set, figures, score: scoreSet(set.articles, figures, set.gold, [...known.values()]) };
  });
  const out: Array<readonly [string, SetScore]> = scored.map((s) => [s.set.name, s.score] as const);
  if (scored.length > 1) {
    const all = scored.reduce(
      (sum, s) => ({ results: [...sum.results, ...s.score.results], sitting: [...sum.sitting, ...s.score.sitting], noise: [...sum.noise, ...s.score.noise], extras: [...sum.extras, ...s.score.extras] }),
      { results: [], sitting: [], noise: [], extras: [] } as SetScore,
    );
    out.push(['all', all]);
  }
  return out;
}
