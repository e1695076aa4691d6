/**
 * `npm run accuracy`: extracts the seeds and, when present, the development
 * corpus, scores the readings against their gold and prints the table, the
 * fields and every miss with its reason.
 *
 *   npm run accuracy                      # ../shared/corpus beside the project
 *   npm run accuracy -- --corpus <dir>    # another corpus folder
 *   npm run accuracy -- --json            # one machine-readable line
 *   npm run accuracy -- --core            # list core misses only
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusArticles } from '../src/lib/accuracy/corpus.ts';
import { measureAccuracy, type GoldSet } from '../src/lib/accuracy/measure.ts';
import { metricsOf, share, type Metrics } from '../src/lib/accuracy/metrics.ts';
import { missLines, tableLines } from '../src/lib/accuracy/report.ts';
import { readArticles } from '../src/lib/article/read-articles.ts';
import { GAZETTEER_PATH, parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import { GoldFile, type Place } from '../src/schema.ts';

/** The seeds' gold, annotated in the corpus format. */
export const SEEDS_GOLD_PATH = 'test/fixtures/seeds-gold.json';
/** The development corpus, beside the project; read in place, never copied. */
export const DEFAULT_CORPUS = '../shared/corpus';

/** The gold sets to score: the seeds always, the corpus when its folder exists. */
export function loadGoldSets(root: string, corpusDir: string | null): { places: Place[]; sets: GoldSet[] } {
  const places = parseGazetteer(GAZETTEER_PATH, readFileSync(join(root, GAZETTEER_PATH), 'utf8'));
  const gold = (path: string) => GoldFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  const sets: GoldSet[] = [{ name: 'seeds', articles: readArticles(root), gold: gold(join(root, SEEDS_GOLD_PATH)) }];
  if (corpusDir) {
    const dir = resolve(root, corpusDir);
    const index = JSON.parse(readFileSync(join(dir, 'articles/index.json'), 'utf8'));
    sets.push({ name: 'corpus', articles: corpusArticles(index, (file) => readFileSync(join(dir, 'articles', file), 'utf8'), corpusDir), gold: gold(join(dir, 'gold.json')) });
  }
  return { places, sets };
}

/** Every set's metrics, keyed by set name. */
export function accuracyMetrics(root: string, corpusDir: string | null): Record<string, Metrics> {
  const { places, sets } = loadGoldSets(root, corpusDir);
  return Object.fromEntries(measureAccuracy(sets, places).map(([name, score]) => [name, metricsOf(score)]));
}

/** What {@link runAccuracy} needs: where the project and the corpus are, how to print, and where to print. */
export interface AccuracyOptions {
  root: string;
  corpus: string;
  json: boolean;
  coreOnly: boolean;
  log: (line: string) => void;
}

/** Prints the report. */
export function runAccuracy({ root, corpus, json, coreOnly, log }: AccuracyOptions): void {
  const corpusDir = existsSync(resolve(root, corpus, 'gold.json')) ? corpus : null;
  const { places, sets } = loadGoldSets(root, corpusDir);
  const scored = measureAccuracy(sets, places);
  const metrics = scored.map(([name, score]) => [name, metricsOf(score)] as const);
  if (json) {
    const round = (m: Metrics) => ({ ...m, shares: { coreFound: share(m.coreFound), coreRight: share(m.coreRight), allFound: share(m.allFound), allRight: share(m.allRight), precision: share(m.precision), precisionHigh: share(m.precisionHigh), highShare: share(m.highShare) } });
    log(JSON.stringify({ date: new Date().toISOString().slice(0, 10), corpus: corpusDir, sets: Object.fromEntries(metrics.map(([n, m]) => [n, round(m)])) }));
    return;
  }
  if (!corpusDir) log(`No corpus at ${corpus} (gold.json missing): scoring the seeds only.`);
  for (const line of tableLines(metrics)) log(line);
  for (const [name, score] of scored.filter(([n]) => n !== 'all')) {
    log('');
    log(`${name}: ${coreOnly ? 'core figures' : 'figures'} not fully right`);
    for (const line of missLines(score, places, coreOnly)) log(line);
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { corpus: { type: 'string', default: DEFAULT_CORPUS }, json: { type: 'boolean', default: false }, core: { type: 'boolean', default: false } } });
  try {
    runAccuracy({ root: process.cwd(), corpus: values.corpus, json: values.json, coreOnly: values.core, log: (line) => console.log(line) });
  } catch (error) {
    console.error(`accuracy failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
