/**
 * The Lighthouse part of `npm run bench`: mobile scores (performance,
 * accessibility, best practices, SEO; target 100 each) for the built
 * site's pages, with Debian Chromium. Runs only in the bench, never in
 * tests: it needs a browser and takes minutes.
 *
 * Alone: `npm run build && node scripts/bench/bench-lighthouse.ts [--runs N]`
 * from the project root (default 3 runs per page).
 */
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS, serveDist } from '../browser/launch.ts';
import { CATEGORIES, formatFailingAudits, formatLighthouseTable, formatScore, formatVerdict, runFromResult, summarise, type LighthouseRow, type LighthouseRun } from './lighthouse-table.ts';

export type { LighthouseRow } from './lighthouse-table.ts';

/** What {@link runLighthouseBench} needs. */
export interface LighthouseBenchOptions {
  /** Project root holding a built `dist/`. */
  root: string;
  log: (line: string) => void;
  /** Lighthouse runs per page; the table shows their medians. */
  runs: number;
}

/** Folders under `dist/<dir>/` that hold a page, sorted. */
function pageDirs(root: string, dir: string): string[] {
  const base = join(root, 'dist', dir);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

/**
 * The pages the bench audits, as site paths: the story, the facts list, the
 * first sources page, the embed previewer and every embed page in the build.
 */
export function lighthousePages(root: string): string[] {
  const source = pageDirs(root, 'sources')[0];
  return ['/', '/facts/', ...(source === undefined ? [] : [`/sources/${source}/`]), '/embed/', ...pageDirs(root, 'embed').map((id) => `/embed/${id}/`)];
}

/** A port nobody listens on, so the bench never audits someone else's preview server. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * One Lighthouse run with the default (mobile, simulated throttling) config,
 * in a fresh Chromium: a reused one remembers per-profile state such as the
 * missing-favicon request, so only the first page audited would pay for it.
 */
async function audit(url: string): Promise<LighthouseRun> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return runFromResult(result.lhr);
  } finally {
    chrome.kill();
  }
}

/**
 * Audits every page of the build `runs` times with Lighthouse's mobile
 * defaults, each run in a fresh Chromium (a failed run is retried once), prints the
 * medians as a markdown table and the failing audits of every category
 * below 100, and returns the rows. Without a build it says so and returns [].
 */
export async function runLighthouseBench({ root, log, runs }: LighthouseBenchOptions): Promise<LighthouseRow[]> {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    log('Lighthouse: no dist/index.html; run `npm run build` first.');
    return [];
  }
  if (!existsSync(CHROMIUM)) {
    log(`Lighthouse: ${CHROMIUM} not found; apt-get install -y chromium (or set CHROMIUM_PATH).`);
    return [];
  }
  const pages = lighthousePages(root);
  log(`Lighthouse, mobile with simulated throttling: ${pages.length} pages × ${runs} runs; progress shows median performance/accessibility/best practices/SEO.`);
  const server = await serveDist(await freePort(), root);
  const started = performance.now();
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      const pageStart = performance.now();
      const results: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) {
        const url = new URL(page, server.url).href;
        try {
          results.push(await audit(url));
        } catch (error) {
          // A flaky browser start should cost one retry, not the whole bench.
          log(`  ${page} run ${i + 1} failed (${(error as Error).message}); retrying once`);
          results.push(await audit(url));
        }
      }
      const row = summarise(page, results);
      rows.push(row);
      const scores = CATEGORIES.map((c) => formatScore(row.scores[c])).join('/');
      log(`  ${page}: ${scores} (${((performance.now() - pageStart) / 1000).toFixed(0)} s)`);
    }
  } finally {
    server.stop();
  }
  log('');
  for (const line of formatLighthouseTable(rows)) log(line);
  log('');
  const failing = formatFailingAudits(rows);
  log(failing.length === 0 ? 'Every page scores 100 in every category.' : 'Failing audits (union over runs) for every page and category below 100:');
  for (const line of failing) log(line);
  log('');
  log(formatVerdict(rows));
  log(`Lighthouse took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  return rows;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);
  await runLighthouseBench({ root: process.cwd(), log: (line) => console.log(line), runs });
}
