/** The accuracy scorer: gold periods, units, places, and what counts as sitting on a gold figure. */
import { describe, expect, it } from 'vitest';
import { goldPeriodEnd, sameGoldValue, unitFamily } from '../src/lib/accuracy/compare.ts';
import { corpusArticles, splitHeadline } from '../src/lib/accuracy/corpus.ts';
import { figuresOf } from '../src/lib/accuracy/figures.ts';
import { metricsOf } from '../src/lib/accuracy/metrics.ts';
import { scoreSet } from '../src/lib/accuracy/score.ts';
import type { Article, Fact, GoldFact, Place } from '../src/schema.ts';

const places: Place[] = [
  { id: 'xinjiang', name: 'Xinjiang', aliases: [], kind: 'region', lat: 41, lon: 85, coordSource: 'test', curated: true } as Place,
  { id: 'horgos', name: 'Horgos', aliases: ['Khorgos'], kind: 'port', parent: 'xinjiang', lat: 44, lon: 80, coordSource: 'test', curated: true } as Place,
];
const body = 'In 2024, the Khorgos port handled 7,000 trains, up 12 percent year on year.';
const article: Article = { id: 'd99-test', path: 'x', data: { title: 't', publisher: 'p', published: '2025-01-10' }, body };
const at = body.indexOf('7,000');
const fact = (over: Partial<Fact> = {}): Fact => ({
  id: 'f', kind: 'trains', measure: 'train-trips', value: 7000, unit: 'trains', approx: 'exact', subject: 'trains', place: 'horgos', places: ['horgos'],
  period: { start: '2024-01-01', end: '2024-12-31', label: 'In 2024' }, change: { value: 12, unit: 'percent', basis: 'year-on-year' }, status: 'actual', range: null,
  evidence: [{ source: 'd99-test', quote: body, start: at, end: at + 12, quoteStart: 0 }], confidence: 'high', confidenceReason: null, partOf: null, scope: 'place', warnings: [], review: null, placeFrom: 'sentence', equivalent: null, ...over,
});
const gold = (over: Partial<GoldFact> = {}): GoldFact => ({ src: 'd99', text: '7,000 trains', value: 7000, unit: 'trains', kind: 'trains', measure: 'train-trips', status: 'actual', place: ['Horgos'], period: '2024', core: true, ...over });

describe('gold values', () => {
  it("compares a change's size only, as the gold prints it, and a level exactly", () => {
    const gold = (value: number, change?: true) => ({ value, ...(change ? { change } : {}) }) as GoldFact;
    expect(sameGoldValue(-18.4, gold(18.4, true))).toBe(true);
    expect(sameGoldValue(-18.4, gold(18.4))).toBe(false);
    expect(sameGoldValue(18.5, gold(18.4, true))).toBe(false);
  });
});

describe('gold periods', () => {
  it('end on the last day of what they name', () => {
    expect(goldPeriodEnd('2024')).toEqual({ end: '2024-12-31' });
    expect(goldPeriodEnd('2024-H1')).toEqual({ end: '2024-06-30' });
    expect(goldPeriodEnd('2024-Q1-Q3')).toEqual({ end: '2024-09-30' });
    expect(goldPeriodEnd('2024-02')).toEqual({ end: '2024-02' });
    expect(goldPeriodEnd('2024-01..2024-02')).toEqual({ end: '2024-02-29' });
    expect(goldPeriodEnd('~2024')).toEqual({ year: 2024 });
  });
  it('fold unit synonyms', () => {
    expect(unitFamily('fold')).toBe('times');
    expect(unitFamily('tons')).toBe('tonnes');
    expect(unitFamily('CNY')).toBe('CNY');
  });
});

describe('scoring', () => {
  it('counts a level and its change as two figures, matched by place alias and period end', () => {
    const gf = { facts: [gold(), gold({ text: 'up 12 percent', value: 12, unit: 'percent', core: false, change: true })], noise: [] };
    const score = scoreSet([article], figuresOf(fact()), gf, places);
    expect(score.results.map((r) => r.comparison?.full)).toEqual([true, true]);
    expect(metricsOf(score).precision).toEqual({ hit: 2, of: 2 });
  });
  it('a wrong place, period or kind makes a figure sit on the gold but be wrong', () => {
    for (const over of [{ places: ['xinjiang'] }, { period: null }, { kind: 'port' as const }]) {
      const score = scoreSet([article], figuresOf(fact(over)), { facts: [gold()], noise: [] }, places);
      expect(score.results[0]!.comparison?.full).toBe(false);
      expect(metricsOf(score).precision.hit).toBeLessThan(metricsOf(score).precision.of);
    }
  });
  it('a misread value on the gold text sits on it; furniture is an error', () => {
    const misread = fact({ value: 7, change: null });
    const score = scoreSet([article], figuresOf(misread), { facts: [gold()], noise: [{ src: 'd99', text: 'In 2024', why: 'date', values: [7] }] }, places);
    expect(score.results[0]!.comparison?.value).toBe(false);
    expect(score.noise).toHaveLength(1);
    expect(metricsOf(score).precision).toEqual({ hit: 0, of: 1 });
  });
  it('refuses gold whose text is not in the article', () => {
    expect(() => scoreSet([article], [], { facts: [gold({ text: '8,000 trains' })], noise: [] }, places)).toThrow(/not in x/);
  });
});

describe('corpus articles', () => {
  it('take the headline from line 1 and keep the rest verbatim', () => {
    expect(splitHeadline('Head line\n\nBody  text\n')).toEqual({ title: 'Head line', body: '\nBody  text\n' });
    const [a] = corpusArticles([{ file: 'd01-x.txt', title: 'Head', publisher: 'P', published: '2020-05' }], () => 'Head\nBody', 'c');
    expect(a).toMatchObject({ id: 'd01-x', body: 'Body', data: { published: '2020-05', title: 'Head' } });
  });
});
