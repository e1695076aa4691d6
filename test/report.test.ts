import { describe, expect, it } from 'vitest';
import { extractAll } from '../src/lib/pipeline/build-facts.ts';
import { reportLines } from '../src/lib/pipeline/report.ts';
import type { Article, Place } from '../src/schema.ts';

const places: Place[] = [
  { id: 'xinjiang', name: 'Xinjiang', aliases: [], kind: 'region', lat: 41, lon: 85, coordSource: 'test', curated: true },
  { id: 'horgos', name: 'Horgos', aliases: [], kind: 'city', parent: 'xinjiang', lat: 44.2, lon: 80.4, coordSource: 'test', curated: true },
];
const article = (id: string, body: string): Article => ({ id, path: `content/articles/${id}.md`, data: { title: id, publisher: 'Xinhua', published: '2024-07-20' }, body });

describe('the extract report', () => {
  const one = article('one', 'In the first six months of this year, Horgos handled 4,100 freight trains.\n\nFreight trains at Sary Jaz Port doubled.\n\nIt rose 12%.\n\nA 30-hectare park opened.\n');
  const two = article('two', 'In the first half of 2024, Horgos handled 4,100 freight trains.\n');
  const three = article('three', 'In the first half of 2024, Horgos handled 4,300 freight trains.\n');
  const lines = reportLines(extractAll([one, two, three], places)).join('\n');

  it('has a table of facts by kind per source', () => {
    expect(lines).toMatch(/^source\s+inves\s+proje\s+port\s+train\s+trade\s+other\s+corrob\s+confl\s+low$/m);
    expect(lines).toMatch(/^one\s+0\s+0\s+0\s+\d+\s+0\s+1\s+1\s+1\s+\d+$/m);
  });

  it('lists corroborations, conflicts, unknown places, low-confidence facts and unread figures per source', () => {
    const section = lines.slice(lines.indexOf('\none — '), lines.indexOf('\nthree — '));
    expect(section).toMatch(/corroborated \(1\):\n\s+- train-trips-horgos-\w+: also in two/);
    expect(section).toMatch(/conflicts \(1\):\n\s+- conflict-train-trips-horgos-\w+: .*4,100 trains \(one, two\)/);
    expect(section).toMatch(/conflict-train-trips-horgos-\w+: .*4,300 trains \(three\)/);
    expect(section).toMatch(/unknown places .*\(1\):\n\s+- Sary Jaz Port/);
    expect(section).toMatch(/low confidence \(\d+\):\n(?:\s+- .*\n)*\s+- area-unplaced-\w+: no place is named for it\n/);
    expect(section).toMatch(/unread figures .*\(2\):\n\s+- "doubled" in: .*\n\s+- "12%" in: It rose 12%\./);
  });

  it('ends with the totals', () => {
    expect(lines).toMatch(/\d+ facts from 3 sources, 1 conflicts$/);
  });

  it('reports only the given sources after a rebuild, with totals for all', () => {
    const only = reportLines(extractAll([one, two, three], places), new Set(['three'])).join('\n');
    expect(only).toMatch(/^three\s+0/m);
    expect(only).not.toMatch(/^one\s/m);
    expect(only).not.toContain('\none — ');
    expect(only).toMatch(/\d+ facts from 3 sources, 1 conflicts$/);
  });
});

describe('an article not in English', () => {
  it('is reported as not read, with why and the fix, instead of giving no facts in silence', async () => {
    const { notReadBecause } = await import('../src/lib/extract/language.ts');
    expect(notReadBecause('霍尔果斯口岸今年上半年通行中欧班列三千列，同比增长百分之十二。')).toMatch(/^the text is mostly in Chinese .* only English is read.*Fix: add the article in English/);
    expect(notReadBecause('Horgos (霍尔果斯) handled 3,000 trains in the first half of the year.')).toBeNull();
  });
});
