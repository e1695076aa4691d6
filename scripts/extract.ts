/**
 * `npm run extract`: reads every article, the gazetteer and the editors'
 * reviews, extracts and reconciles the facts, applies the reviews, validates them and writes `src/generated/facts.json`
 * atomically. Exits non-zero, naming the file and the field, on bad input.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../src/lib/article/read-articles.ts';
import { extractAll } from '../src/lib/extract/build-facts.ts';
import { diffFacts, diffLines } from '../src/lib/extract/facts-diff.ts';
import { reportLines } from '../src/lib/extract/report.ts';
import { extractorHash } from '../src/lib/io/extractor-hash.ts';
import { fileReadingCache, READING_CACHE_DIR } from '../src/lib/io/file-reading-cache.ts';
import { supersededRefs } from '../src/lib/story/superseded-refs.ts';
import { FactsFile } from '../src/schema.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import { FACTS_PATH } from '../src/lib/data/facts-path.ts';
import { writeFileAtomic, type Writer } from '../src/lib/io/write-atomic.ts';
import { parseReview, REVIEW_PATH } from '../src/lib/review/parse-review.ts';

export const GAZETTEER_PATH = 'content/gazetteer.yaml';
const STORY_DIR = 'content/story';

export interface ExtractIO {
  root: string;
  /** Prints the report and the facts diff. */
  /** Where to write the data, relative to the root; {@link FACTS_PATH} by default. */
  out?: string;
  log: (line: string) => void;
  write: Writer;
}

/** Runs the extraction; throws on bad input without writing anything. */
export function runExtract({ root, log, write, out = FACTS_PATH }: ExtractIO): void {
  const places = parseGazetteer(GAZETTEER_PATH, readFileSync(join(root, GAZETTEER_PATH), 'utf8'));
  const articles = readArticles(root);
  if (articles.length === 0) throw new Error('content/articles: no articles. Fix: add at least one .md article (see README)');
  const reviewFile = join(root, REVIEW_PATH);
  const reviews = existsSync(reviewFile) ? parseReview(REVIEW_PATH, readFileSync(reviewFile, 'utf8')) : [];
  const cache = fileReadingCache(join(root, READING_CACHE_DIR));
  const extraction = extractAll(articles, places, reviews, { store: cache, extractorHash: extractorHash(root) });
  const previous = readPrevious(join(root, FACTS_PATH));
  write(join(root, out), `${JSON.stringify(extraction.data, null, 2)}\n`);
  cache.prune();
  const { read, reused } = extraction.stats;
  // After a rebuild, report only the articles read afresh; the facts diff covers what changed elsewhere.
  for (const line of reportLines(extraction, reused.length ? new Set(read) : null)) log(line);
  log('');
  log(`Read ${read.length} article(s) afresh${read.length ? ` (${read.join(', ')})` : ''}; reused ${reused.length} unchanged reading(s) from ${READING_CACHE_DIR}/.`);
  for (const line of diffLines(diffFacts(previous, extraction.data, extraction.readings, read), previous === null)) log(line);
  const superseded = storyFiles(root).flatMap((file) => supersededRefs(file, readFileSync(join(root, file), 'utf8'), extraction.data.facts));
  if (superseded.length) log(`Story check: ${superseded.length} cited figure(s) have a newer value:`);
  for (const line of superseded) log(`  ${line}`);
}

/** The story's MDX files, relative to the root. */
function storyFiles(root: string): string[] {
  const dir = join(root, STORY_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort().map((n) => `${STORY_DIR}/${n}`) : [];
}

/** The data the previous build published, or null when there is none (or it is unreadable). */
function readPrevious(path: string): FactsFile | null {
  if (!existsSync(path)) return null;
  const parsed = FactsFile.safeParse((() => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return null;
    }
  })());
  return parsed.success ? parsed.data : null;
}

if (import.meta.main) {
  try {
    runExtract({ root: process.cwd(), log: (line) => console.log(line), write: writeFileAtomic });
  } catch (error) {
    console.error(`extract failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
