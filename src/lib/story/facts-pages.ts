/**
 * The facts list in pages. One page of every fact weighed 3.8 MB gzipped at
 * 2,000 articles; pages of about {@link FACTS_PER_PAGE} keep each one light.
 * A source's facts are never split across pages, so each source page links
 * its figures to one facts page.
 */
import type { Fact, Source } from '../../schema.ts';
import { memoOn } from '../memo/memo.ts';
import { sitePath } from '../site/site-path.ts';
import { factsBySource } from './source-facts.ts';

/** A page holds sources until the next would take it past this many facts; a larger source has a page of its own. */
export const FACTS_PER_PAGE = 250;

/** One page of the facts list. */
export interface FactsPage {
  /** 1-based. */
  number: number;
  sources: readonly Source[];
  /** How many facts the page lists. */
  facts: number;
}

/** Pages of the list and which page lists each source. */
export interface FactsPaging {
  pages: readonly FactsPage[];
  pageOf: ReadonlyMap<string, number>;
  /** The page each fact's entry is on, by fact id: its first source's, where the entry carries its anchor. */
  factPage: ReadonlyMap<string, number>;
}

/** Cuts the sources, in the order given, into pages of about `perPage` facts. There is always a first page. */
export function pageFacts(sources: readonly Source[], facts: readonly Fact[], perPage = FACTS_PER_PAGE): FactsPaging {
  const bySource = factsBySource(facts);
  const pages: FactsPage[] = [];
  const pageOf = new Map<string, number>();
  let current: { sources: Source[]; facts: number } = { sources: [], facts: 0 };
  const close = () => pages.push({ number: pages.length + 1, ...current });
  for (const source of sources) {
    const count = bySource.get(source.id)?.length ?? 0;
    if (current.sources.length > 0 && current.facts + count > perPage) {
      close();
      current = { sources: [], facts: 0 };
    }
    current.sources.push(source);
    current.facts += count;
    pageOf.set(source.id, pages.length + 1);
  }
  close();
  const factPage = new Map(facts.map((f) => [f.id, pageOf.get(f.evidence[0]!.source) ?? 1]));
  return { pages, pageOf, factPage };
}

/** {@link pageFacts} of a loaded data file, worked out once. */
export const factsPaging = memoOn((data: { sources: readonly Source[]; facts: readonly Fact[] }) => pageFacts(data.sources, data.facts));

/**
 * The link to fact `id`'s entry in the facts list from page `from` (0 for a
 * page outside the list): a bare anchor on its own page, else its page's path.
 */
export function factEntryHref(paging: FactsPaging, id: string, from = 0): string {
  const page = paging.factPage.get(id) ?? 1;
  return `${page === from ? '' : factsPagePath(page)}#fact-${id}`;
}

/** The path of facts page `n`: `/facts/` for the first, `/facts/2/` after. */
export function factsPagePath(n: number): string {
  return sitePath(n <= 1 ? 'facts/' : `facts/${n}/`);
}
