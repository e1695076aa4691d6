/**
 * Timing and reporting helpers for `npm run bench`: repeated runs after a
 * warm-up, their median, and a markdown table of the results.
 */

/** A clock in milliseconds, `performance.now` by default. */
export type Clock = () => number;

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `task` once to warm up, then `runs` times, and returns the duration
 * of each timed run in milliseconds.
 */
export function timeRuns(task: () => unknown, runs: number, clock: Clock = () => performance.now()): number[] {
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = clock();
    task();
    times.push(clock() - start);
  }
  return times;
}

/** One measured row: a stage of the pipeline on a corpus of some size. */
export interface BenchRow {
  /** What was timed, e.g. `buildFacts`. */
  stage: string;
  articles: number;
  /** UTF-8 size of the corpus text, in bytes. */
  bytes: number;
  /** Every timed run, in milliseconds. */
  times: number[];
}

/** Median time, throughput and time per article of a row. */
export interface BenchStats {
  medianMs: number;
  articlesPerSecond: number;
  msPerArticle: number;
}

/** Works out the median time, articles per second and milliseconds per article. */
export function statsOf(row: BenchRow): BenchStats {
  const medianMs = median(row.times);
  return {
    medianMs,
    articlesPerSecond: medianMs > 0 ? (row.articles * 1000) / medianMs : Infinity,
    msPerArticle: row.articles > 0 ? medianMs / row.articles : 0,
  };
}

const fixed = (n: number, digits: number): string => (Number.isFinite(n) ? n.toFixed(digits) : '∞');

/** The rows as a markdown table, ready to paste into the README. */
export function formatTable(rows: readonly BenchRow[], runs: number): string[] {
  const header = ['stage', 'articles', 'corpus MB', `median ms (${runs} run${runs === 1 ? '' : 's'})`, 'articles/s', 'ms/article'];
  const lines = rows.map((row) => {
    const s = statsOf(row);
    return [row.stage, String(row.articles), fixed(row.bytes / 1e6, 2), fixed(s.medianMs, 1), fixed(s.articlesPerSecond, 0), fixed(s.msPerArticle, 2)];
  });
  const right = (i: number) => i > 0;
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (right(i) ? '---:' : '---')).join('|')}|`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}
