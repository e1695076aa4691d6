import { describe, expect, it } from 'vitest';
import { Fact, FactsFile, PublishedDate, factsJsonSchema } from '../src/schema.ts';

const fact = {
  id: 'investment-in-place-kashgar-edz-1a2b3c4d',
  kind: 'investment',
  measure: 'investment-in-place',
  value: 3530000000,
  unit: 'CNY',
  approx: 'exact',
  subject: null,
  place: 'kashgar-edz',
  period: { start: '2022-01-01', end: '2022-06-30', label: 'the first half of the year' },
  change: { value: 45.6, unit: 'percent', basis: 'year-on-year' },
  evidence: [{ source: 'a', quote: 'It was 3.53 billion yuan.', start: 7, end: 24, quoteStart: 0 }],
  confidence: 'high',
};

describe('schema', () => {
  it('accepts a full fact and rejects an unknown kind or an empty evidence list', () => {
    const full = { ...fact, places: ['kashgar-edz'], placeFrom: 'sentence', range: null, review: null, status: 'planned', equivalent: null, confidenceReason: null, partOf: null, scope: 'place', warnings: [] };
    expect(Fact.parse(full)).toEqual(full);
    expect(Fact.safeParse({ ...fact, kind: 'rumour' }).success).toBe(false);
    expect(Fact.safeParse({ ...fact, evidence: [] }).success).toBe(false);
  });

  it("takes a fact's measure only from the registry, a change's or a share's form included, and says how to fix another", () => {
    expect(Fact.safeParse({ ...fact, measure: 'train-trips-growth' }).success).toBe(true);
    expect(Fact.safeParse({ ...fact, measure: 'trade-value-share' }).success).toBe(true);
    const wrong = Fact.safeParse({ ...fact, measure: 'investmnet-in-place' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['measure'], message: expect.stringContaining('src/schema/measures.ts') });
    const schema = JSON.stringify(factsJsonSchema());
    expect(schema).toContain('"investment-in-place"');
  });

  it('reads a fact and a place written before 0.4 with the defaults of the fields added since', () => {
    expect(Fact.parse(fact)).toMatchObject({ places: [], placeFrom: null, status: 'actual', equivalent: null, range: null, review: null });
    expect(Fact.parse(fact).period).not.toHaveProperty('from');
    const place = { id: 'horgos', name: 'Horgos', aliases: [], kind: 'city', lat: 44.2, lon: 80.4, coordSource: 'test' };
    expect(FactsFile.parse({ version: 1, sources: [], places: [place], facts: [fact] }).places[0]).toMatchObject({ curated: true });
  });

  it('reads a fact written before 0.6 as a place\'s, a part of nothing, with no warning and no reason', () => {
    expect(Fact.parse(fact)).toMatchObject({ confidenceReason: null, partOf: null, scope: 'place', warnings: [] });
    expect(Fact.safeParse({ ...fact, scope: 'household' }).success).toBe(false);
  });

  it('allows a period with no start for an "as of" running total', () => {
    expect(Fact.safeParse({ ...fact, period: { start: null, end: '2022-06-30', label: 'As of the end of June' } }).success).toBe(true);
  });

  it('checks publication dates against the calendar', () => {
    expect(PublishedDate.safeParse('2023-11').success).toBe(true);
    expect(PublishedDate.safeParse('2023-11-31').success).toBe(false);
    expect(PublishedDate.safeParse('2023-1-5').success).toBe(false);
  });

  it('generates a JSON Schema that requires the contract fields', () => {
    const schema = factsJsonSchema() as { properties: { facts: { items: { required: string[] } } } };
    expect(schema.properties.facts.items.required).toEqual(
      expect.arrayContaining(['id', 'kind', 'value', 'unit', 'approx', 'place', 'period', 'change', 'evidence']),
    );
    expect(schema.properties.facts.items.required).toEqual(expect.arrayContaining(['places', 'range', 'review']));
  });

  it('still reads a version 1 file written before places, range, review and conflicts were added', () => {
    const old = FactsFile.parse({ version: 1, sources: [], places: [], facts: [fact] });
    expect(old.conflicts).toEqual([]);
    expect(old.facts[0]).toMatchObject({ places: [], range: null, review: null });
  });
});
