/** Paragraphs that carry the one before on. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { joinContinuations } from '../src/lib/extract/continuations.ts';
import { readArticle } from '../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { segment } from '../src/lib/extract/segment.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import { readFileSync } from 'node:fs';

const paragraphsOf = (body: string) => joinContinuations(segment(body, body.split('\n\n').reduce<Array<{ start: number; end: number }>>((spans, p) => {
  const start = spans.length ? spans.at(-1)!.end + 2 : 0;
  return [...spans, { start, end: start + p.length }];
}, []))).map((s) => s.paragraph);

describe('continuation paragraphs', () => {
  it('numbers a paragraph that opens with "Among them" or "Of these" as part of the one before, and renumbers the rest', () => {
    expect(paragraphsOf('Trade grew.\n\nAmong them, exports rose.\n\nOf these, cars led.\n\nA new topic.')).toEqual([0, 0, 0, 1]);
    expect(paragraphsOf('Among them, the first.\n\nNext.')).toEqual([0, 1]);
    expect(paragraphsOf('Trade grew.\n\nAmongst the crowd, one.')).toEqual([0, 1]);
  });
  it('gives the parts the period and place of their total', () => {
    const places = parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8'));
    const body = 'During the first half of the year, Hami\'s fixed asset investment reached 40 billion yuan.\n\nAmong them, industrial investment was 25 billion yuan.';
    const facts = readArticle({ id: 'x', path: 'content/articles/x.md', data: { title: 'Investment grows', publisher: 'Example Daily', published: '2025-07-20' }, body } as never, createPlaceFinder(places)).facts;
    const part = facts.find((f) => f.value === 25e9)!;
    expect(part).toMatchObject({ places: ['hami'], period: { start: '2025-01-01', end: '2025-06-30' }, status: 'actual' });
  });
});
