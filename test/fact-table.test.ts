/** The facts desk's rows: what a reader who doubts a number needs, from the data alone. Invented facts. */
import { describe, expect, it } from 'vitest';
import { chartedFacts, factTableRow, type FactTableInputs } from '../src/lib/story/fact-table.ts';
import { fixtureContext, fixtureFact } from './support/chart-fixture.ts';

const context = fixtureContext([]);
const inputs = (over: Partial<FactTableInputs> = {}): FactTableInputs => ({
  places: context.places, sources: context.sources, labels: context.words.labels, measures: context.words.measures,
  cited: new Set(), charted: new Map(), ...over,
});
const trips = fixtureFact({
  id: 'trips-1', kind: 'trains', measure: 'train-trips', value: 6195, unit: 'trains', place: 'alashankou', places: ['alashankou', 'horgos'],
  period: { start: '2022-01-01', end: '2022-06-30', label: 'the first half of the year' },
  change: { value: 36, unit: 'percent', basis: 'year-on-year' },
});

describe('facts table rows', () => {
  it('shows the figure, its change in words, the measure label, the places by name and the period', () => {
    const row = factTableRow(trips, inputs());
    expect(row).toMatchObject({ id: 'trips-1', figure: '6,195 trains', change: 'up 36% year-on-year', kind: 'trains', placeIds: ['alashankou', 'horgos'], periodEnd: '2022-06-30' });
    expect(row.measure).not.toBe('train-trips');
    expect(row.place).toBe('Alataw Pass · Horgos');
    expect(row.period).toMatch(/2022/);
  });

  it('says whose figure it is and links the sentence it came from, with the figure split out to highlight', () => {
    const row = factTableRow(trips, inputs());
    const source = context.sources.get(trips.evidence[0]!.source)!;
    expect(row.source).toMatchObject({ id: source.id, publisher: source.publisher, published: source.published, href: expect.stringContaining(`#fact-trips-1`) });
    expect(row.quote.before + row.quote.figure + row.quote.after).toBe(trips.evidence[0]!.quote);
    const [other] = [...context.sources.keys()].filter((id) => id !== source.id);
    const both = factTableRow({ ...trips, evidence: [...trips.evidence, { ...trips.evidence[0]!, source: other! }] }, inputs());
    expect(both.others).toEqual([{ id: other, publisher: context.sources.get(other!)!.publisher, href: expect.stringContaining(`/sources/${other}/#fact-trips-1`) }]);
  });

  it('carries the editor\'s note, the warnings, the total it is part of and whose figure it is', () => {
    const row = factTableRow({ ...trips, warnings: ['acres may be mu'], partOf: 'total-1', scope: 'project', review: { status: 'noted', note: 'Checked with the source.', fields: [] } } as never, inputs());
    expect(row).toMatchObject({ note: 'Checked with the source.', warnings: ['acres may be mu'], partOf: 'total-1', scope: context.words.labels.scopes.project });
  });

  it('tells confidence, holding back and an editor\'s review apart', () => {
    const { review } = context.words.labels.factsTable;
    expect(factTableRow(trips, inputs()).review).toBe(review.high);
    const low = factTableRow({ ...trips, confidence: 'low', confidenceReason: 'no unit' }, inputs());
    expect(low).toMatchObject({ held: true });
    expect(low.review).toContain('no unit');
    const accepted = factTableRow({ ...trips, confidence: 'low', confidenceReason: 'no unit', review: { status: 'accepted', note: null, fields: [] } } as never, inputs());
    expect(accepted.review).toBe(review.accepted);
  });

  it('says where the story uses a figure: a sentence, the charts that draw it, or nothing', () => {
    const charted = chartedFacts([{ id: 'freight-trains', rows: [{ id: 'trips-1' }] }, { id: 'port-throughput', rows: [{ id: 'other' }] }]);
    expect(factTableRow(trips, inputs({ cited: new Set(['trips-1']), charted })).storyUse).toEqual(['story', 'freight-trains']);
    expect(factTableRow(trips, inputs()).storyUse).toEqual([]);
  });
});
