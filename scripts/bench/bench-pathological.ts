/**
 * Reading speed on pathological input (`pathological-inputs.ts`) at two
 * sizes. Linear reading keeps the speed about the same as the input grows;
 * a quadratic path shows as a speed that falls with size.
 */
import type { Article, Place } from '../../src/schema.ts';
import { readArticle } from '../../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../../src/lib/extract/places.ts';
import { median, timeRuns } from './measure.ts';
import { PATHOLOGICAL_INPUTS } from './pathological-inputs.ts';

/** Prints a table of MB/s per input and size. */
export function runPathologicalBench({ log, places, runs, sizes = [20_000, 80_000] }: { log: (line: string) => void; places: readonly Place[]; runs: number; sizes?: readonly number[] }): void {
  const finder = createPlaceFinder(places);
  log(`Pathological input: reading speed, median of ${runs} runs; a speed that falls as the input grows would mean non-linear work.`);
  log('');
  log(`| input | ${sizes.map((n) => `MB/s at ${n / 1000} k chars`).join(' | ')} |`);
  log(`|---|${sizes.map(() => '--:').join('|')}|`);
  for (const [name, make] of Object.entries(PATHOLOGICAL_INPUTS)) {
    const speeds = sizes.map((n) => {
      const body = make(n);
      const article = { id: 'fuzz', path: 'content/articles/fuzz.md', body, data: { title: 'Trade at the Horgos port', publisher: 'Bench', published: '2024-05-01' } } as Article;
      const ms = median(timeRuns(() => readArticle(article, finder), runs));
      return (Buffer.byteLength(body) / 1e6 / (ms / 1000)).toFixed(1);
    });
    log(`| ${name} | ${speeds.join(' | ')} |`);
  }
}
