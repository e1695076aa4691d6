/** A newer value for a figure the story cites is reported, naming the reference. */
import { describe, expect, it } from 'vitest';
import { newerFact, storyCheckLines, supersededRefs } from '../src/lib/story/superseded-refs.ts';
import { fixtureFact } from './support/chart-fixture.ts';

const period = (start: string | null, end: string, label: string) => ({ start, end, label });
const horgos = (id: string, value: number, p: ReturnType<typeof period> | null, place = 'horgos') =>
  fixtureFact({ id, kind: 'trains', measure: 'train-trips', value, unit: 'trains', place, period: p });
const h1 = horgos('t-h1-2022', 3000, period('2022-01-01', '2022-06-30', 'first half of 2022'));
const h1next = horgos('t-h1-2023', 3400, period('2023-01-01', '2023-06-30', 'first half of 2023'));
const q1next = horgos('t-q1-2023', 1500, period('2023-01-01', '2023-03-31', 'first quarter of 2023'));
const elsewhere = horgos('t-h1-2024-baktu', 90, period('2024-01-01', '2024-06-30', 'first half of 2024'), 'baktu');
const noPeriod = horgos('t-plan', 5000, null);

describe('newerFact', () => {
  it('finds the latest figure for the same measure, places and unit', () => {
    expect(newerFact(h1, [h1, q1next, h1next, elsewhere])?.id).toBe('t-h1-2023');
  });
  it('finds nothing for the latest figure, another place, or a figure without a period', () => {
    expect(newerFact(h1next, [h1, h1next, q1next])).toBeNull();
    expect(newerFact(elsewhere, [h1, h1next, elsewhere])).toBeNull();
    expect(newerFact(noPeriod, [noPeriod, h1next])).toBeNull();
  });
});

describe('supersededRefs', () => {
  it('names the file, the line, the cited and the newer figure', () => {
    const story = '<Step chart="freight-trains">\nHorgos ran <Fact id="t-h1-2022"/> trains.\n{/* <Fact id="t-h1-2022"/> in a comment */}\n</Step>';
    expect(supersededRefs('content/story/index.mdx', story, [h1, h1next])).toEqual([
      'content/story/index.mdx:2: <Fact id="t-h1-2022"> cites 3,000 trains (first half of 2022); a newer figure exists: t-h1-2023, 3,400 trains (first half of 2023). Fix: cite the newer fact if the story means the latest figure',
    ]);
  });
});

describe('storyCheckLines', () => {
  it('prints a heading and one indented line per superseded reference across the story files, or nothing', () => {
    const files = [{ file: 'content/story/index.mdx', text: '<Fact id="t-h1-2022"/>' }, { file: 'content/story/more.mdx', text: 'x\n<Fact id="t-h1-2022"/>' }];
    const lines = storyCheckLines(files, [h1, h1next]);
    expect(lines[0]).toBe('Story check: 2 cited figure(s) have a newer value:');
    expect(lines.slice(1).map((l) => l.slice(0, 28))).toEqual(['  content/story/index.mdx:1:', '  content/story/more.mdx:2: ']);
    expect(storyCheckLines(files, [h1])).toEqual([]);
  });
});
