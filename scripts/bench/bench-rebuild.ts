/**
 * The rebuild part of `npm run bench`: on a temporary copy of the project
 * with 5, 50 and 500 articles (the seeds plus generated ones), the median
 * time of a full build from a cold cache against a rebuild after adding one
 * article, with the extraction step of each. Asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText } from '../../src/lib/article/new-article.ts';
import type { Article, Place } from '../../src/schema.ts';
import { copyProject } from '../project-copy.ts';
import { generateCorpus } from './generate-corpus.ts';
import { median } from './measure.ts';

/** What {@link runRebuildBench} needs. */
export interface RebuildBenchOptions {
  root: string;
  log: (line: string) => void;
  seeds: readonly Article[];
  places: readonly Place[];
  /** Corpus sizes, seeds included. */
  sizes: readonly number[];
  runs: number;
  seed: number;
}

function writeArticle(dir: string, article: Article): void {
  writeFileSync(join(dir, 'content/articles', `${article.id}.md`), articleText(article.data, article.body));
}

/** Runs `npm run build` in `dir`; returns its wall time and the extraction time it reports, in ms. */
function timedBuild(dir: string): { total: number; extraction: number } {
  const start = performance.now();
  // A 500-article build prints megabytes of report: allow for it, or spawnSync kills the build.
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const total = performance.now() - start;
  if (result.status !== 0) throw new Error(`bench build failed in ${dir} (exit ${result.status}, ${result.error?.message ?? 'no spawn error'}):\n${result.stderr.slice(-2000)}`);
  const extraction = Number(/Build timing: extraction (\d+) ms/.exec(result.stdout)?.[1] ?? NaN);
  return { total, extraction };
}

const seconds = (ms: number[]) => (median(ms) / 1000).toFixed(2);

/** Times full builds and one-article rebuilds for each size and prints one markdown table. */
export function runRebuildBench({ root, log, seeds, places, sizes, runs, seed }: RebuildBenchOptions): void {
  log(`Rebuilds: full build (cold cache) against a rebuild after adding one article; ${runs} runs each, medians.`);
  log('');
  log('| articles | full build s | rebuild s | full extraction s | rebuild extraction s |');
  log('|--:|--:|--:|--:|--:|');
  for (const size of sizes) {
    const dir = copyProject(root, 'xj-bench');
    try {
      const extra = generateCorpus(seeds, Math.max(0, size - seeds.length) + runs, seed, places);
      for (const article of extra.slice(0, Math.max(0, size - seeds.length))) writeArticle(dir, article);
      const full: Array<{ total: number; extraction: number }> = [];
      for (let i = 0; i < runs; i++) {
        for (const path of ['.cache', 'src/generated', 'dist']) rmSync(join(dir, path), { recursive: true, force: true });
        full.push(timedBuild(dir));
      }
      const rebuild = extra.slice(-runs).map((article) => {
        writeArticle(dir, article);
        return timedBuild(dir);
      });
      log(`| ${size} | ${seconds(full.map((r) => r.total))} | ${seconds(rebuild.map((r) => r.total))} | ${seconds(full.map((r) => r.extraction))} | ${seconds(rebuild.map((r) => r.extraction))} |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
