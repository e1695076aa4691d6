/**
 * One extraction run: reads every article, the gazetteer and the editors'
 * reviews, extracts and reconciles the facts, applies the reviews, validates
 * them and writes the data file atomically. `npm run extract`, `npm run build`
 * and the dev server's live re-extraction all call it and receive what it
 * found as data, never as log lines to parse. Checking the story against the
 * new data is the callers' (`storyCheckLines`), a layer above.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../article/read-articles.ts';
import { GAZETTEER_PATH, parseGazetteer } from '../gazetteer/parse-gazetteer.ts';
import { extractorHash } from '../io/extractor-hash.ts';
import { fileReadingCache, READING_CACHE_DIR } from '../io/file-reading-cache.ts';
import type { Writer } from '../io/write-atomic.ts';
import { PUBLISHED_FACTS as FACTS_PATH, publishedFactsPath } from '../io/publish.ts';
import { parseReview, REVIEW_PATH } from '../review/parse-review.ts';
import { FactsFile } from '../../schema.ts';
import { extractAll, type Extraction } from './build-facts.ts';
import { diffFacts, diffLines } from './facts-diff.ts';
import { reportLines } from './report.ts';

/** Where a run reads and writes. */
export interface ExtractIO {
  root: string;
  /** Where to write the data, relative to the root; {@link FACTS_PATH} by default. */
  out?: string;
  write: Writer;
}

/** What a run found, for the caller to print or act on. */
export interface ExtractRun {
  extraction: Extraction;
  /** The per-article report (after a rebuild, only the articles read afresh). */
  report: string[];
  /** One line: which articles were read afresh and how many readings were reused. */
  cache: string;
  /** The facts diff against the data published before, one line each. */
  diff: string[];
}

/** Runs the extraction; throws on bad input without writing anything. */
export function runExtract({ root, write, out = FACTS_PATH }: ExtractIO): ExtractRun {
  const places = parseGazetteer(GAZETTEER_PATH, readFileSync(join(root, GAZETTEER_PATH), 'utf8'));
  const articles = readArticles(root);
  if (articles.length === 0) throw new Error('content/articles: no articles. Fix: add at least one .md article (see README)');
  const reviewFile = join(root, REVIEW_PATH);
  const reviews = existsSync(reviewFile) ? parseReview(REVIEW_PATH, readFileSync(reviewFile, 'utf8')) : [];
  const store = fileReadingCache(join(root, READING_CACHE_DIR));
  const extraction = extractAll(articles, places, reviews, { store, extractorHash: extractorHash(root) });
  const previous = readPrevious(publishedFactsPath(root));
  write(join(root, out), `${serialise(out, extraction.data)}\n`);
  store.prune();
  const { read, reused } = extraction.stats;
  return {
    extraction,
    // After a rebuild, report only the articles read afresh; the facts diff covers what changed elsewhere.
    report: reportLines(extraction, reused.length ? new Set(read) : null),
    cache: `Read ${read.length} article(s) afresh${read.length ? ` (${read.join(', ')})` : ''}; reused ${reused.length} unchanged reading(s) from ${READING_CACHE_DIR}/.`,
    diff: diffLines(diffFacts(previous, extraction.data, extraction.readings, read), previous === null),
  };
}

/** What the extract command prints, in order: the report, the cache line and the diff. */
export function runLines(run: ExtractRun): string[] {
  return [...run.report, '', run.cache, ...run.diff];
}

/** The data as JSON, or an error that names the file instead of `Invalid string length`. */
function serialise(out: string, data: FactsFile): string {
  try {
    return JSON.stringify(data, null, 2);
  } catch (error) {
    throw new Error(`${out}: the data is too large to write (${data.facts.length} facts from ${data.sources.length} articles: ${(error as Error).message}). Fix: look for an article that is one long table of figures, and split or remove it`);
  }
}

/** The data the previous build published, or null when there is none (or it is unreadable). */
function readPrevious(path: string): FactsFile | null {
  if (!existsSync(path)) return null;
  let json: unknown = null;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  const parsed = FactsFile.safeParse(json);
  return parsed.success ? parsed.data : null;
}
