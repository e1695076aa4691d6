/** The facts desk's rows: what a reader who doubts a number needs, from the data alone. Invented facts. */
import { describe, expect, it } from 'vitest';
import type { FactReview } from '../src/schema.ts';
import { chartedFacts, factTableRow, rivalsOf, type FactTableInputs } from '../src/lib/story/fact-table.ts';
import { fixtureContext, fixtureFact } from './support/chart-fixture.ts';

const context = fixtureContext([]);
const inputs = (over: Partial<FactTableInputs> = {}): FactTableInputs => ({
  places: context.places, sources: context.sources, labels: context.words.labels, measures: context.words.measures,
  cited: new Set(), charted: new Map(), within: new Map(), rivals: new Map(), ...over,
});
const fixtureReview = (status: FactReview['status'], note: string | null = null): FactReview => ({ status, note, corrected: [] });
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
    const row = factTableRow({ ...trips, warnings: ['acres may be mu'], partOf: 'total-1', scope: 'project', review: fixtureReview('noted', 'Checked with the source.') }, inputs());
    expect(row).toMatchObject({ note: 'Checked with the source.', warnings: ['acres may be mu'], partOf: 'total-1', scope: context.words.labels.scopes.project });
  });

  it('tells confidence, holding back and an editor\'s review apart', () => {
    const { review } = context.words.labels.factsTable;
    expect(factTableRow(trips, inputs()).review).toBe(review.high);
    const low = factTableRow({ ...trips, confidence: 'low', confidenceReason: 'no unit' }, inputs());
    expect(low).toMatchObject({ held: true });
    expect(low.review).toContain('no unit');
    const accepted = factTableRow({ ...trips, confidence: 'low', confidenceReason: 'no unit', review: fixtureReview('accepted') }, inputs());
    expect(accepted.review).toBe(review.accepted);
  });

  it('says where the story uses a figure: a sentence, the charts that draw it, or nothing', () => {
    const charted = chartedFacts([{ id: 'freight-trains', rows: [{ id: 'trips-1' }] }, { id: 'port-throughput', rows: [{ id: 'other' }] }]);
    expect(factTableRow(trips, inputs({ cited: new Set(['trips-1']), charted })).storyUse).toEqual(['story', 'freight-trains']);
    expect(factTableRow(trips, inputs()).storyUse).toEqual([]);
  });

  it('names the places a figure lies within, so a search for the region finds it', () => {
    const row = factTableRow(trips, inputs({ within: new Map([['trips-1', ['alashankou', 'horgos', 'xinjiang']]]) }));
    expect(row.within).toEqual(['alashankou', 'horgos', 'xinjiang']);
    expect(row.withinNames).toEqual([context.places.get('xinjiang')!.name]);
  });

  it('says where an inferred place or period came from, and nothing for the figure\'s own sentence', () => {
    const { provenance } = context.words.labels.factsTable;
    expect(factTableRow({ ...trips, placeFrom: 'sentence' }, inputs()).inferred).toEqual([]);
    const inferred = factTableRow({ ...trips, placeFrom: 'paragraph', period: { ...trips.period!, from: 'headline' } }, inputs()).inferred;
    expect(inferred).toEqual([provenance.placeFrom.replace('{origin}', provenance.origins.paragraph), provenance.periodFrom.replace('{origin}', provenance.origins.headline)]);
    expect(factTableRow({ ...trips, period: { ...trips.period!, inherited: true } }, inputs()).inferred).toEqual([provenance.periodFrom.replace('{origin}', provenance.origins.paragraph)]);
  });

  it('links the original or says no copy was found', () => {
    const source = context.sources.get(trips.evidence[0]!.source)!;
    const withUrl = factTableRow(trips, inputs({ sources: new Map([[source.id, { ...source, url: 'https://example.org/a' }]]) }));
    expect(withUrl.source.url).toBe('https://example.org/a');
    expect(factTableRow(trips, inputs({ sources: new Map([[source.id, { ...source, url: null }]]) })).source.url).toBeNull();
  });

  it('shows on each side of a conflict the other side\'s figure and publisher', () => {
    const rival = { ...trips, id: 'trips-2', value: 6000 };
    const rivals = rivalsOf({ facts: [trips, rival], conflicts: [{ id: 'c', kind: 'trains', measure: 'train-trips', unit: 'trains', place: 'alashankou', places: [], period: null, facts: ['trips-1', 'trips-2'], sources: ['a', 'b'] }] });
    expect(factTableRow(trips, inputs({ rivals })).conflicts).toEqual([{ id: 'trips-2', figure: '6,000 trains', publisher: expect.any(String) }]);
    expect(factTableRow(rival, inputs({ rivals })).conflicts.map((c) => c.id)).toEqual(['trips-1']);
  });
});
