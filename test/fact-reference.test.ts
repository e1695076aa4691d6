/** What the story prints for a fact: the figure from the data, its credit, its link, and the other side of a dispute. */
import { describe, expect, it } from 'vitest';
import { loadSiteCopy } from '../src/lib/load/load-site-copy.ts';
import { factReference } from '../src/lib/story/fact-reference.ts';
import { FactsFile } from '../src/schema.ts';
import { FIXTURE_SOURCES, fixtureFact } from './support/chart-fixture.ts';

const labels = loadSiteCopy().labels;
const h1 = { start: '2022-01-01', end: '2022-06-30', label: 'the first half' };
const daily = fixtureFact({ id: 'trade-value-kashgar-a', kind: 'trade', measure: 'trade-value', value: 5e10, unit: 'CNY', place: 'kashgar', period: h1, change: { value: 20, unit: 'percent', basis: 'year-on-year' } });
const wire = fixtureFact({
  id: 'trade-value-kashgar-b', kind: 'trade', measure: 'trade-value', value: 5.2e10, unit: 'CNY', place: 'kashgar', period: h1,
  evidence: [{ source: 'example-wire', quote: 'Trade reached 52 billion yuan.', start: 14, end: 29, quoteStart: 0 }],
});
const data = FactsFile.parse({
  version: 1, sources: FIXTURE_SOURCES, places: [], facts: [daily, wire],
  conflicts: [{ id: 'trade-value-kashgar', kind: 'trade', measure: 'trade-value', unit: 'CNY', place: 'kashgar', places: ['kashgar'], period: h1, facts: [daily.id, wire.id], sources: ['example-daily', 'example-wire'] }],
});

describe('factReference', () => {
  it('prints the figure from the data, credits its publisher and month, and links to its anchor', () => {
    const ref = factReference(daily.id, data, labels);
    expect(ref.text).toBe('50 billion yuan');
    expect(ref.credit).toBe('according to Example Daily, July 2022');
    expect(ref.href).toBe('/sources/example-daily/#fact-trade-value-kashgar-a');
    expect(ref.quote).toBe('A sentence with a figure.');
  });

  it('prints the change when asked, and refuses when there is none', () => {
    expect(factReference(daily.id, data, labels, 'change').text).toBe('up 20% year-on-year');
    expect(() => factReference(wire.id, data, labels, 'change')).toThrow(/reports no change/);
  });

  it('shows the other source where two disagree', () => {
    expect(factReference(daily.id, data, labels).disputed).toEqual([
      { factId: wire.id, text: '52 billion yuan', href: '/sources/example-wire/#fact-trade-value-kashgar-b', credit: 'Example Wire, November 2023' },
    ]);
  });

  it('names a missing id', () => {
    expect(() => factReference('nowhere-1', data, labels)).toThrow('<Fact id="nowhere-1">: no extracted fact has this id');
  });
});
