import { describe, expect, it } from 'vitest';
import { chartView, SOURCE_CREDITS } from '../../src/lib/charts/chart-view.ts';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import { investmentByZone } from '../../src/lib/charts/investment-by-zone.ts';
import { BARS_PER_GROUP, CARDS, latestAndLargest, latestRows, SERIES_POINTS, TIMELINE_EVENTS } from '../../src/lib/charts/row-budget.ts';
import { freightTrains } from '../../src/lib/charts/freight-trains.ts';
import { timeline } from '../../src/lib/charts/timeline.ts';
import { chartData } from '../../src/lib/exports/chart-data.ts';
import { loadChartCopy } from '../../src/lib/load/load-chart-copy.ts';
import { Event, type Fact } from '../../src/schema.ts';
import { FIXTURE_SOURCES, fixtureContext, fixtureFact } from '../support/chart-fixture.ts';
import type { Source } from '../../src/schema.ts';

const PLACES = ['kashgar', 'horgos', 'urumqi', 'alashankou', 'tacheng', 'khorgos', 'yining', 'hotan', 'aksu', 'korla', 'hami', 'turpan'];

/** `count` in-place investment figures: place i of `PLACES`, value i+1 billion, year 2020 + i % 4. */
function investments(count: number, place = (i: number) => PLACES[i % PLACES.length]!): Fact[] {
  return Array.from({ length: count }, (_, i) => fixtureFact({
    id: `investment-in-place-${i}`, kind: 'investment', measure: 'investment-in-place', value: (i + 1) * 1e9, unit: 'CNY',
    place: place(i), period: { start: `${2020 + (i % 4)}-01-01`, end: `${2020 + (i % 4)}-12-31`, label: `in ${2020 + (i % 4)}` },
  }));
}

function event(i: number): Event {
  const year = 2000 + i;
  return Event.parse({ id: `event-${i}`, date: { start: `${year}-01-01`, end: `${year}-12-31`, label: `in ${year}` }, precision: 'year', text: `a park opened in ${year}`, action: 'opened', places: ['kashgar'], evidence: [{ source: 'example-daily', quote: 'A park opened.', start: 0, end: 10, quoteStart: 0 }] });
}

describe('row budget', () => {
  it('draws every row of a group within the budget, unchanged', () => {
    const context = fixtureContext(investments(BARS_PER_GROUP));
    expect(investmentByZone.rows(context)).toHaveLength(BARS_PER_GROUP);
    expect(chartView('investment-by-zone', context, loadChartCopy(CHART_IDS)).selection).toBeNull();
  });

  it('above the budget keeps each place once, its latest figure, then the largest places', () => {
    // 40 figures over 12 places: every place has several years.
    const context = fixtureContext(investments(40));
    const rows = investmentByZone.rows(context);
    expect(rows).toHaveLength(BARS_PER_GROUP);
    expect(new Set(rows.map((r) => r.place)).size).toBe(BARS_PER_GROUP);
    for (const row of rows) {
      const samePlace = context.data.facts.filter((f) => f.places[0] === row.placeIds[0]);
      const latest = Math.max(...samePlace.map((f) => Number(f.period!.end.slice(0, 4))));
      expect(row.periodEnd?.slice(0, 4)).toBe(String(latest));
    }
    // Sorted largest first, as a bar table is.
    expect(rows.map((r) => r.value)).toEqual([...rows.map((r) => r.value)].sort((a, b) => b - a));
  });

  it('says what it drew against what qualified, in the view and in the JSON export', () => {
    const context = fixtureContext(investments(40));
    const view = chartView('investment-by-zone', context, loadChartCopy(CHART_IDS));
    expect(view.selection).toMatch(new RegExp(`\\b${BARS_PER_GROUP} of 40 figures`));
    expect(view.cells).toHaveLength(BARS_PER_GROUP);
    const copy = loadChartCopy(CHART_IDS).get('investment-by-zone')!;
    const data = chartData('investment-by-zone', context, { chart: copy, notVerified: 'n' }, 'https://example.org/');
    expect(data.rows).toHaveLength(BARS_PER_GROUP);
    expect(data.rowsQualified).toBe(40);
  });

  it('keeps the drawn size constant however many figures qualify', () => {
    const sizes = [40, 400, 4000].map((n) => investmentByZone.rows(fixtureContext(investments(n, (i) => PLACES[i % PLACES.length]!))).length);
    expect(sizes).toEqual([BARS_PER_GROUP, BARS_PER_GROUP, BARS_PER_GROUP]);
  });

  it('keeps the latest events on the timeline, oldest first, and counts the rest', () => {
    const events = Array.from({ length: 30 }, (_, i) => event(i));
    const base = fixtureContext([], events);
    // Every event but the last has an editor's label; the unlabelled one is counted, never drawn.
    const context = { ...base, words: { ...base.words, events: Object.fromEntries(events.slice(0, -1).map((e) => [e.id, `A park opens (${e.id})`])) } };
    const rows = timeline.rows(context);
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: TIMELINE_EVENTS }, (_, i) => `event-${29 - TIMELINE_EVENTS + i}`));
    expect(chartView('timeline', context, loadChartCopy(CHART_IDS)).selection).toMatch(new RegExp(`Drawn: ${TIMELINE_EVENTS} of 30 events, the latest an editor has labelled`));
  });

  it('is a stable choice: the same rows in any input order', () => {
    const rows = investmentByZone.rows(fixtureContext(investments(40)));
    const reversed = investmentByZone.rows(fixtureContext(investments(40).reverse()));
    expect(reversed.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(latestRows([{ id: 'b' }, { id: 'a' }, { id: 'c' }], () => '2020', 2).map((r) => r.id)).toEqual(['b', 'a']);
    expect(latestAndLargest([], 3)).toEqual([]);
  });

  it('names only the newest sources under a chart, and says how many more there are', () => {
    const sources: Source[] = Array.from({ length: 20 }, (_, i) => ({ ...FIXTURE_SOURCES[0]!, id: `paper-${i}`, publisher: `Paper ${i}`, published: `2021-01-${String(i + 1).padStart(2, '0')}` }));
    const facts = investments(5).map((f, i) => ({ ...f, evidence: sources.slice(i * 4, i * 4 + 4).map((s) => ({ ...f.evidence[0]!, source: s.id })) }));
    const context = { ...fixtureContext(facts), sources: new Map(sources.map((s) => [s.id, s])) };
    const view = chartView('investment-by-zone', context, loadChartCopy(CHART_IDS));
    expect(view.sources.map((s) => s.id)).toEqual(sources.slice(-SOURCE_CREDITS).map((s) => s.id));
    expect(view.moreSources).toBe(`and ${20 - SOURCE_CREDITS} other articles`);
    expect(chartView('investment-by-zone', fixtureContext(investments(3)), loadChartCopy(CHART_IDS)).moreSources).toBeNull();
  });
});

describe('row budget and series', () => {
  const yearly = (place: string, years: number[]) => years.map((y) => fixtureFact({
    id: `train-trips-${place}-${y}`, kind: 'trains', measure: 'train-trips', value: y - 1990, unit: 'trains', place,
    period: { start: `${y}-01-01`, end: `${y}-12-31`, label: `in ${y}` },
  }));

  it(`keeps a series whole up to its ${SERIES_POINTS} latest periods, however many other places compete`, () => {
    const years = Array.from({ length: SERIES_POINTS + 3 }, (_, i) => 2005 + i);
    const others = PLACES.filter((p) => p !== 'horgos').map((p, i) => yearly(p, [2010 + i])[0]!);
    const rows = freightTrains.rows(fixtureContext([...yearly('horgos', years), ...others]));
    const line = rows.filter((r) => r.mark === 'line');
    expect(line.map((r) => r.periodEnd?.slice(0, 4))).toEqual(years.slice(-SERIES_POINTS).map(String));
    expect(rows.filter((r) => r.mark === 'bar').length).toBeLessThanOrEqual(BARS_PER_GROUP);
  });

  it(`draws at most ${CARDS} cards, results first`, () => {
    const plans = Array.from({ length: CARDS + 5 }, (_, i) => fixtureFact({
      id: `investment-planned-${i}`, kind: 'investment', measure: 'investment-planned', value: (i + 1) * 1e9, unit: 'CNY', status: 'planned',
      // Spans of different lengths share no scale, so each plan is a card of its own.
      place: PLACES[i % PLACES.length]!, period: { start: '2020-01-01', end: `2020-01-${String(i + 2).padStart(2, '0')}`, label: 'early January' },
    }));
    const inPlace = fixtureFact({ id: 'investment-in-place-x', kind: 'investment', measure: 'investment-in-place', value: 1, unit: 'CNY', place: 'hami' });
    const rows = investmentByZone.rows(fixtureContext([...plans, inPlace]));
    const cards = rows.filter((r) => r.mark === 'number');
    expect(cards.length).toBe(CARDS);
    expect(cards.map((r) => r.id)).toContain('investment-in-place-x');
  });
});
