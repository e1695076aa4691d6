/**
 * The scale part of `npm run bench`: on a temporary copy of the project
 * with 2,000 (and, when asked, 10,000) articles, one full build from a cold
 * cache, its peak memory (the build and every process it starts, summed),
 * a rebuild after adding one article, and the heaviest page of each kind
 * against its budget. One run per size, since a 10,000-article build takes
 * minutes; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText } from '../../src/lib/article/new-article.ts';
import { budgetFor, budgetProblems, kb } from '../../src/lib/quality/budgets.ts';
import { htmlPages } from '../../src/lib/quality/dist-pages.ts';
import { pageWeight } from '../../src/lib/quality/page-weight.ts';
import type { Article, Place } from '../../src/schema.ts';
import { copyProject } from '../project-copy.ts';
import { generateCorpus } from './generate-corpus.ts';

/** What {@link runScaleBench} needs. */
export interface ScaleBenchOptions {
  root: string;
  log: (line: string) => void;
  seeds: readonly Article[];
  places: readonly Place[];
  /** Project sizes, seeds included. */
  sizes: readonly number[];
  seed: number;
}

/** The resident memory of `pid` and all its descendants, in bytes (Linux `/proc`); 0 where it cannot be read. */
function treeRss(pid: number): number {
  let rss = 0;
  try {
    rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) rss += treeRss(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return rss;
}

/** Runs `npm run build` in `dir`; its wall time in ms and the peak memory of its process tree, sampled every 100 ms. */
function measuredBuild(dir: string): Promise<{ ms: number; peak: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
    const timer = setInterval(() => { if (child.pid) peak = Math.max(peak, treeRss(child.pid)); }, 100);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      if (status !== 0) reject(new Error(`bench build failed in ${dir} (exit ${status}):\n${stderr}`));
      else resolve({ ms: performance.now() - start, peak });
    });
  });
}

/** The heaviest built page of each kind, with its weight and whether it keeps its budget. */
async function heaviestPages(dist: string): Promise<{ kind: string; page: string; total: number; within: boolean }[]> {
  // The facts desk's filter pages (`facts/place/…`, `facts/kind/…`) are reported apart from the facts list.
  const kindOf = (page: string) => page === 'index.html' ? 'story' : /^facts\/(place|kind)\//.test(page) ? page.split('/').slice(0, 2).join('/') : page.split('/')[0]!;
  const heaviest = new Map<string, { kind: string; page: string; total: number; within: boolean }>();
  let over = 0;
  for (const page of htmlPages(dist)) {
    const weight = pageWeight(dist, page);
    // jsdom frees a closed window only once the event loop turns: 2,000 pages in one synchronous loop run out of memory.
    await new Promise((resolve) => setImmediate(resolve));
    const within = budgetProblems(weight, budgetFor(page)).length === 0;
    if (!within) over += 1;
    const kind = kindOf(page);
    if ((heaviest.get(kind)?.total ?? -1) < weight.total) heaviest.set(kind, { kind, page, total: weight.total, within });
  }
  return [...heaviest.values(), { kind: 'pages over budget', page: String(over), total: 0, within: over === 0 }];
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2);

/** Builds each size once, rebuilds it after one added article, and prints two markdown tables. */
export async function runScaleBench({ root, log, seeds, places, sizes, seed }: ScaleBenchOptions): Promise<void> {
  log('Scale: one full build from a cold cache and one rebuild after adding an article, per project size; peak memory of the build and its processes.');
  log('');
  log('| articles | full build s | peak memory GiB | rebuild s | rebuild / full |');
  log('|--:|--:|--:|--:|--:|');
  const weights: string[] = [];
  for (const size of sizes) {
    const dir = copyProject(root, 'xj-scale');
    try {
      const extra = generateCorpus(seeds, Math.max(0, size - seeds.length) + 1, seed, places);
      const write = (a: Article) => writeFileSync(join(dir, 'content/articles', `${a.id}.md`), articleText(a.data, a.body));
      for (const article of extra.slice(0, -1)) write(article);
      const full = await measuredBuild(dir);
      write(extra.at(-1)!);
      const rebuild = await measuredBuild(dir);
      log(`| ${size} | ${seconds(full.ms)} | ${gib(Math.max(full.peak, rebuild.peak))} | ${seconds(rebuild.ms)} | ${(rebuild.ms / full.ms).toFixed(2)} |`);
      for (const p of await heaviestPages(join(dir, 'dist'))) {
        weights.push(p.kind === 'pages over budget'
          ? `| ${size} | pages over budget | ${p.page} | | |`
          : `| ${size} | ${p.kind} | ${p.page} | ${kb(p.total)} | ${p.within ? 'yes' : 'NO'} |`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  log('');
  log('Heaviest page of each kind at that size, KB gzipped with everything it loads, against its budget:');
  log('');
  log('| articles | kind | page | KB gz | within budget? |');
  log('|--:|---|---|--:|---|');
  for (const line of weights) log(line);
}

if (import.meta.main) {
  // Alone: `node scripts/bench/bench-scale.ts 2000,10000`.
  const { readArticles } = await import('../../src/lib/article/read-articles.ts');
  const { GAZETTEER_PATH, parseGazetteer } = await import('../../src/lib/gazetteer/parse-gazetteer.ts');
  const root = process.cwd();
  const sizes = (process.argv[2] ?? '2000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`bench-scale: "${process.argv[2]}" is not a list of sizes. Fix: e.g. node scripts/bench/bench-scale.ts 2000,10000`);
  await runScaleBench({ root, log: console.log, seeds: readArticles(root), places: parseGazetteer(GAZETTEER_PATH, readFileSync(join(root, GAZETTEER_PATH), 'utf8')), sizes, seed: 1 });
}
