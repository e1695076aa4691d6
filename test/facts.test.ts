import { describe, expect, it } from 'vitest';
import { factsCsv } from '../src/lib/exports/facts-csv.ts';
import { buildFacts } from '../src/lib/pipeline/build-facts.ts';
import { factId } from '../src/lib/extract/fact-id.ts';
import { formatChange, formatFact } from '../src/lib/format/format-value.ts';
import type { Article, Place } from '../src/schema.ts';

const places: Place[] = [
  { id: 'xinjiang', name: 'Xinjiang', aliases: [], kind: 'region', lat: 41, lon: 85, coordSource: 'test', curated: true },
  { id: 'horgos', name: 'Horgos', aliases: ['Khorgos'], kind: 'city', parent: 'xinjiang', lat: 44.2, lon: 80.4, coordSource: 'test', curated: true },
];
const article = (id: string, published: string, body: string): Article => ({
  id, path: `content/articles/${id}.md`, data: { title: id, publisher: `Publisher ${id}`, published }, body,
});
const a = article('a', '2022-07-20', 'Headline\n\nIn the first six months of this year, Horgos had a planned total investment of 4 billion yuan, up 21% year-on-year.\n');
const b = article('b', '2022-07-26', 'In the first half of 2022, Khorgos has a total investment of 4 billion yuan.\n');
const c = article('c', '2023-01-05', 'Trade in Xinjiang reached 10 billion yuan in 2022, with "quotes", commas.\n');

describe('facts from articles', () => {
  it('merges the same fact from two articles into one with two pieces of evidence', () => {
    const data = buildFacts([a, b], places);
    const fact = data.facts.find((f) => f.value === 4e9)!;
    expect(fact).toMatchObject({ kind: 'investment', measure: 'investment-planned', place: 'horgos', period: { start: '2022-01-01', end: '2022-06-30' } });
    expect(fact.evidence.map((e) => e.source)).toEqual(['a', 'b']);
    expect(b.body.slice(fact.evidence[1]!.start, fact.evidence[1]!.end)).toBe('4 billion yuan');
  });

  it("never merges a project's or a company's figure into its place's, though both stand in the same place", () => {
    const project = article('p', '2022-07-26', 'In the first half of 2022, the Khorgos dairy project has a total investment of 4 billion yuan.\n');
    const data = buildFacts([a, project], places);
    const fours = data.facts.filter((f) => f.value === 4e9);
    expect(fours.map((f) => [f.place, f.scope]).sort()).toEqual([['horgos', 'place'], ['horgos', 'project']]);
    expect(new Set(fours.map((f) => f.id)).size).toBe(2);
    expect(data.conflicts).toEqual([]);
  });

  it('keeps ids stable when an unrelated article is added', () => {
    const before = buildFacts([a, b], places).facts.map((f) => f.id);
    const after = buildFacts([a, b, c], places).facts.map((f) => f.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('derives ids from meaning: value, place and period change the id, wording does not', () => {
    const m = { kind: 'trains', measure: 'train-trips', place: 'horgos', period: null, unit: 'trains', value: 6195 };
    expect(factId(m)).toBe(factId({ ...m }));
    expect(factId(m)).toMatch(/^train-trips-horgos-[0-9a-f]{8}$/);
    expect(factId({ ...m, value: 6196 })).not.toBe(factId(m));
    expect(factId({ ...m, place: null })).not.toBe(factId(m));
  });

  it('writes CSV that quotes commas and quotes (RFC 4180)', () => {
    const csv = factsCsv(buildFacts([c], places));
    expect(csv).toContain('"Trade in Xinjiang reached 10 billion yuan in 2022, with ""quotes"", commas."');
    expect(csv.split('\r\n')[0]).toMatch(/^id,kind,measure,value,unit/);
    expect(csv.split("\r\n")[0]).toMatch(/,review_note,status,place_from,period_from,equivalent_value,equivalent_unit,confidence_reason,part_of,scope,warnings$/);
  });
});

describe('formatting for readers', () => {
  it('formats money, counts, percentages and qualifiers', () => {
    expect(formatFact({ value: 3_530_000_000, unit: 'CNY', approx: 'exact' })).toBe('3.53 billion yuan');
    expect(formatFact({ value: 2_400_000_000, unit: 'USD', approx: 'about' })).toBe('about $2.4 billion');
    expect(formatFact({ value: 5900, unit: 'trains', approx: 'more-than' })).toBe('more than 5,900 trains');
    expect(formatFact({ value: 28.48, unit: 'km2', approx: 'exact' })).toBe('28.48 square kilometres');
    expect(formatChange({ value: 45.6, unit: 'percent', basis: 'year-on-year' })).toBe('+45.6% year-on-year');
    expect(formatChange({ value: -3, unit: 'percent', basis: 'not stated' })).toBe('−3%');
  });
});

describe('formatting ranges and multiples', () => {
  it('prints both ends of a range in the unit of the upper one', () => {
    expect(formatFact({ value: 50_000, unit: 'CNY', approx: 'exact', range: { min: 50_000, max: 80_000 } })).toBe('50,000–80,000 yuan');
    expect(formatFact({ value: 5e9, unit: 'USD', approx: 'exact', range: { min: 5e9, max: 8e9 } })).toBe('$5 billion–8 billion');
    expect(formatFact({ value: 3.2, unit: 'fold', approx: 'nearly' })).toBe('nearly 3.2-fold');
  });
});
