import { describe, expect, it } from 'vitest';
import { factEntryHref, factsPagePath, pageFacts } from '../src/lib/story/facts-pages.ts';
import type { Fact, Source } from '../src/schema.ts';
import { FIXTURE_SOURCES, fixtureFact } from './support/chart-fixture.ts';

const source = (id: string): Source => ({ ...FIXTURE_SOURCES[0]!, id, path: `content/articles/${id}.md` });

/** `count` facts whose evidence is in `sourceId` (and, when given, first in `first`). */
function factsOf(sourceId: string, count: number, first?: string): Fact[] {
  return Array.from({ length: count }, (_, i) => fixtureFact({
    id: `projects-${sourceId}-${i}`, kind: 'project', measure: 'projects', value: i + 1, unit: 'projects',
    evidence: [...(first ? [{ source: first, quote: 'A figure.', start: 0, end: 5, quoteStart: 0 }] : []), { source: sourceId, quote: 'A figure.', start: i * 10, end: i * 10 + 5, quoteStart: 0 }],
  }));
}

describe('facts pages', () => {
  it('fills pages source by source, never splitting one, and gives each source its page', () => {
    const sources = ['a', 'b', 'c', 'd'].map(source);
    const facts = [...factsOf('a', 4), ...factsOf('b', 4), ...factsOf('c', 3), ...factsOf('d', 1)];
    const { pages, pageOf } = pageFacts(sources, facts, 8);
    expect(pages.map((p) => p.sources.map((s) => s.id))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(pages.map((p) => p.facts)).toEqual([8, 4]);
    expect([...pageOf]).toEqual([['a', 1], ['b', 1], ['c', 2], ['d', 2]]);
  });

  it('gives a source larger than a page a page of its own, and always has a first page', () => {
    const { pages } = pageFacts(['a', 'b'].map(source), [...factsOf('a', 2), ...factsOf('b', 20)], 8);
    expect(pages.map((p) => p.facts)).toEqual([2, 20]);
    expect(pageFacts([], []).pages).toEqual([{ number: 1, sources: [], facts: 0 }]);
  });

  it("puts a fact's entry on its first source's page, where its anchor is", () => {
    const sources = ['a', 'b'].map(source);
    const facts = [...factsOf('a', 8), ...factsOf('b', 2, 'a')];
    const { factPage } = pageFacts(sources, facts, 8);
    // Listed under b too, but anchored under a, its first source.
    expect(factPage.get('projects-b-0')).toBe(1);
    const paging = pageFacts(['a', 'b', 'c'].map(source), [...facts, ...factsOf('c', 8)], 8);
    // From its own page a bare anchor; from another page, or a source page, the page's path too.
    expect(factEntryHref(paging, 'projects-a-0', 1)).toBe('#fact-projects-a-0');
    expect(factEntryHref(paging, 'projects-c-0', 1)).toBe('/facts/3/#fact-projects-c-0');
    expect(factEntryHref(paging, 'projects-a-0')).toBe('/facts/#fact-projects-a-0');
  });

  it('cuts 2,000 sources of 10 facts into 80 pages within the page size', () => {
    const sources = Array.from({ length: 2000 }, (_, i) => source(`s${i}`));
    const facts = sources.flatMap((s) => factsOf(s.id, 10));
    const { pages } = pageFacts(sources, facts);
    expect(pages).toHaveLength(80);
    expect(pages.every((p) => p.facts <= 250)).toBe(true);
  });

  it('numbers pages after the first in the path', () => {
    expect(factsPagePath(1)).toBe('/facts/');
    expect(factsPagePath(3)).toBe('/facts/3/');
  });
});
