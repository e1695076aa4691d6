/**
 * `npm run bench`: extraction throughput on a generated corpus.
 *
 * Generates corpora of several sizes from the seed articles
 * (`content/articles/*.md`) and times, after one warm-up, `runs` runs of
 * the whole pipeline (`buildFacts`: extract, reconcile, validate) and of
 * the per-article part alone (`extractArticle`). Prints a markdown table
 * of medians and whether the 500-article target is met; asserts nothing.
 *
 * Then reads pathological inputs (long space runs, thousands of numbers on
 * a line, …) and prints MB/s at two sizes (`bench/bench-pathological.ts`).
 *
 * Then times every chart's embed view, SVG and PNG exports and prints the
 * embed pages' weight against their budget (`bench/bench-exports.ts`), and
 * times full builds against one-article rebuilds on projects of 5, 50 and
 * 500 articles (`bench/bench-rebuild.ts`; real builds, so it takes minutes).
 *
 * Last, it builds the site and prints every page's gzip weight against its
 * budget (`bench/bench-budgets.ts`), then Lighthouse's mobile scores per page
 * with Debian's Chromium (`bench/bench-lighthouse.ts`).
 *
 * Options: `--write FILE` (put the tables between FILE's bench markers,
 * e.g. docs/benchmarks.md), `--runs N` (default 5), `--sizes a,b,c` (default 125,250,500,1000),
 * `--rebuild-sizes a,b,c` (default 5,50,500; `0` skips the rebuilds), `--scale-sizes a,b` (default 2000;
 * `0` skips the scale builds, `bench/bench-scale.ts`),
 * `--lighthouse-runs N` (default 3; `0` skips Lighthouse), `--seed N` (default 1),
 * e.g. `npm run bench -- --runs 3 --sizes 500 --rebuild-sizes 5,50 --lighthouse-runs 1`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../src/lib/io/write-atomic.ts';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticles } from '../src/lib/article/read-articles.ts';
import { buildFacts } from '../src/lib/pipeline/build-facts.ts';
import { extractArticle } from '../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { GAZETTEER_PATH, parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import type { Article } from '../src/schema.ts';
import { runBudgetBench } from './bench/bench-budgets.ts';
import { benchSection, spliceBenchSection } from './bench/bench-doc.ts';
import { runExportBench } from './bench/bench-exports.ts';
import { runLighthouseBench } from './bench/bench-lighthouse.ts';
import { runPathologicalBench } from './bench/bench-pathological.ts';
import { runRebuildBench } from './bench/bench-rebuild.ts';
import { runScaleBench } from './bench/bench-scale.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { formatTable, statsOf, timeRuns, type BenchRow, type Clock } from './bench/measure.ts';


/** What `npm run bench -- --help` prints. */
export const USAGE = `npm run bench -- [options]: times extraction, pathological input, exports, rebuilds, page weights and Lighthouse.

  --runs N              timed runs per measurement, after one warm-up (default 5)
  --sizes a,b,c         corpus sizes in articles for the extraction table (default 125,250,500,1000)
  --rebuild-sizes a,b   project sizes for full builds against one-article rebuilds (default 5,50,500; 0 skips)
  --scale-sizes a,b     project sizes for the scale builds: time, memory, rebuild, heaviest pages (default 2000; 0 skips)
  --lighthouse-runs N   Lighthouse runs per page (default 3; 0 skips)
  --seed N              seed of the generated corpus (default 1)
  --write FILE          put the tables between FILE's bench markers, e.g. docs/benchmarks.md
  -h, --help            this text`;

/** The throughput the pipeline should reach on the target corpus. */
export const TARGET = { articles: 500, articlesPerSecond: 250 } as const;

/** Defaults for {@link BenchOptions}. */
export const DEFAULTS = { sizes: [125, 250, 500, 1000], rebuildSizes: [5, 50, 500], scaleSizes: [2000], runs: 5, seed: 1, lighthouseRuns: 3 } as const;

/** What {@link runBench} needs: where the content is, where to print, what to measure. */
export interface BenchOptions {
  /** Project root holding `content/`. */
  root: string;
  log: (line: string) => void;
  /** Corpus sizes, in articles. */
  sizes: readonly number[];
  /** Timed runs per size and stage, after one warm-up. */
  runs: number;
  /** PRNG seed for the corpus. */
  seed: number;
  clock?: Clock;
}

/** UTF-8 size of the articles' text: front matter values and bodies. */
function corpusBytes(articles: readonly Article[]): number {
  return articles.reduce((sum, a) => sum + Buffer.byteLength(a.body) + Buffer.byteLength(JSON.stringify(a.data)), 0);
}

/**
 * Generates each corpus, times both stages on it and prints the table and
 * the verdict on {@link TARGET}. Returns the measured rows.
 */
export function runBench({ root, log, sizes, runs, seed, clock }: BenchOptions): BenchRow[] {
  const places = parseGazetteer(GAZETTEER_PATH, readFileSync(join(root, GAZETTEER_PATH), 'utf8'));
  const seeds = readArticles(root);
  log(`Corpus generated from ${seeds.length} seed articles and ${places.length} places (seed ${seed}); ${runs} timed runs after one warm-up.`);
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const corpus = generateCorpus(seeds, size, seed, places);
    const bytes = corpusBytes(corpus);
    let facts = 0;
    const full = timeRuns(() => (facts = buildFacts(corpus, places).facts.length), runs, clock);
    rows.push({ stage: 'buildFacts', articles: size, bytes, times: full });
    const finder = createPlaceFinder(places);
    const perArticle = timeRuns(() => corpus.reduce((n, a) => n + extractArticle(a, finder).length, 0), runs, clock);
    rows.push({ stage: 'extractArticle', articles: size, bytes, times: perArticle });
    log(`  ${size} articles: ${facts} facts after reconciliation`);
  }
  log('');
  for (const line of formatTable(rows, runs)) log(line);
  log('');
  const target = rows.find((r) => r.stage === 'buildFacts' && r.articles === TARGET.articles);
  if (!target) {
    log(`Target (≥${TARGET.articlesPerSecond} articles/s on ${TARGET.articles} articles): not measured; include ${TARGET.articles} in --sizes.`);
  } else {
    const rate = statsOf(target).articlesPerSecond;
    const verdict = rate >= TARGET.articlesPerSecond ? 'met' : 'NOT met';
    log(`Target ≥${TARGET.articlesPerSecond} articles/s on ${TARGET.articles} articles (buildFacts): ${verdict} (${rate.toFixed(0)} articles/s).`);
  }
  return rows;
}

/** Reads a positive integer option, naming it in the error. */
function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name}: "${text}" is not a positive integer. Fix: e.g. --${name} 5`);
  return n;
}

/** Parses `--runs`, `--sizes` and `--seed` into options. */
export function parseBenchArgs(args: readonly string[]): Pick<BenchOptions, 'sizes' | 'runs' | 'seed'> & { rebuildSizes: readonly number[]; scaleSizes: readonly number[]; lighthouseRuns: number; write: string | null; help: boolean } {
  const { values } = parseArgs({
    args: [...args],
    options: { help: { type: 'boolean', short: 'h' }, write: { type: 'string' }, runs: { type: 'string' }, sizes: { type: 'string' }, 'rebuild-sizes': { type: 'string' }, 'scale-sizes': { type: 'string' }, seed: { type: 'string' }, 'lighthouse-runs': { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  return {
    help: values.help === true,
    write: values.write ?? null,
    runs: values.runs === undefined ? DEFAULTS.runs : positiveInt('runs', values.runs),
    sizes: values.sizes === undefined ? DEFAULTS.sizes : values.sizes.split(',').map((s) => positiveInt('sizes', s.trim())),
    seed: values.seed === undefined ? DEFAULTS.seed : positiveInt('seed', values.seed),
    rebuildSizes: values['rebuild-sizes'] === undefined ? DEFAULTS.rebuildSizes
      : values['rebuild-sizes'] === '0' ? [] : values['rebuild-sizes'].split(',').map((s) => positiveInt('rebuild-sizes', s.trim())),
    scaleSizes: values['scale-sizes'] === undefined ? DEFAULTS.scaleSizes
      : values['scale-sizes'] === '0' ? [] : values['scale-sizes'].split(',').map((s) => positiveInt('scale-sizes', s.trim())),
    lighthouseRuns: values['lighthouse-runs'] === undefined ? DEFAULTS.lighthouseRuns
      : values['lighthouse-runs'] === '0' ? 0 : positiveInt('lighthouse-runs', values['lighthouse-runs']),
  };
}

if (import.meta.main) {
  try {
    const options = parseBenchArgs(process.argv.slice(2));
    if (options.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const cpu = cpus();
    const machine = `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}.`;
    const printed: string[] = [];
    const log = (line: string) => {
      console.log(line);
      printed.push(line);
    };
    console.log(machine);
    runBench({ root: process.cwd(), log, ...options });
    log('');
    runPathologicalBench({ log, places: parseGazetteer(GAZETTEER_PATH, readFileSync(GAZETTEER_PATH, 'utf8')), runs: options.runs });
    log('');
    await runExportBench({ root: process.cwd(), log, runs: options.runs });
    if (options.rebuildSizes.length) {
      log('');
      const root = process.cwd();
      const places = parseGazetteer(GAZETTEER_PATH, readFileSync(join(root, GAZETTEER_PATH), 'utf8'));
      runRebuildBench({ root, log, seeds: readArticles(root), places, sizes: options.rebuildSizes, runs: options.runs, seed: options.seed });
    }
    if (options.scaleSizes.length) {
      log('');
      const root = process.cwd();
      const places = parseGazetteer(GAZETTEER_PATH, readFileSync(join(root, GAZETTEER_PATH), 'utf8'));
      await runScaleBench({ root, log, seeds: readArticles(root), places, sizes: options.scaleSizes, seed: options.seed });
    }
    // Page weights and Lighthouse measure the site as this commit builds it.
    log('');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
    await runBudgetBench({ root: process.cwd(), log });
    if (options.lighthouseRuns > 0) {
      log('');
      await runLighthouseBench({ root: process.cwd(), log, runs: options.lighthouseRuns });
    }
    if (options.write) {
      writeFileAtomic(options.write, spliceBenchSection(options.write, readFileSync(options.write, 'utf8'), benchSection(machine, printed)));
      console.log(`Wrote the tables into ${options.write}.`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A schema error from buildFacts lists every fact; the start says enough.
    console.error(`bench failed: ${message.length > 2000 ? `${message.slice(0, 2000)}…` : message}`);
    process.exit(1);
  }
}
