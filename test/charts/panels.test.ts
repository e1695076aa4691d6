/** Panels: which rows share a scale, when a series is drawn, and what becomes a card. */
import { describe, expect, it } from 'vitest';
import { factRows, type FactRow } from '../../src/lib/charts/fact-rows.ts';
import { inPanels, SERIES_MIN } from '../../src/lib/charts/panels.ts';
import { periodKind, periodKindLabel } from '../../src/lib/charts/period-kind.ts';
import { freightTrains } from '../../src/lib/charts/freight-trains.ts';
import type { Fact } from '../../src/schema.ts';
import { fixtureContext, fixtureFact } from '../support/chart-fixture.ts';
import { panelProblems } from '../support/panel-rules.ts';

const half = (y: number) => ({ start: `${y}-01-01`, end: `${y}-06-30`, label: `H1 ${y}` });
const trips = (id: string, place: string, value: number, extra: Partial<Fact> = {}) =>
  fixtureFact({ id, kind: 'trains', measure: 'train-trips', value, unit: 'trains', place, period: half(2022), ...extra });

function panels(facts: Fact[]): FactRow[] {
  const context = fixtureContext(facts);
  return inPanels(factRows(facts, context), context.words.labels);
}
const markOf = (rows: FactRow[]) => Object.fromEntries(rows.map((r) => [r.id, r.mark]));

describe('periodKind', () => {
  it('names a period by what it spans, so only equal spans share a scale', () => {
    expect(periodKind(null)).toBe('none');
    expect(periodKind({ start: null, end: '2022-06-30', label: 'by June' })).toBe('running');
    expect(periodKind(half(2022))).toBe('6m');
    expect(periodKind({ start: '2023-01-01', end: '2023-10-31', label: 'Jan–Oct' })).toBe('10m');
    expect(periodKind({ start: '2024-01-01', end: '2024-12-31', label: '2024' })).toBe('12m');
    expect(periodKind({ start: '2023-11-01', end: '2023-11-13', label: 'early November' })).toBe('13d');
  });

  it('words the kinds from the copy', () => {
    const { labels } = fixtureContext([]).words;
    expect(periodKindLabel('6m', labels.periodKinds)).toBe('half-years');
    expect(periodKindLabel('10m', labels.periodKinds)).toBe('10-month periods');
    expect(periodKindLabel('running', labels.periodKinds)).toBe('running totals');
  });
});

describe('inPanels', () => {
  it(`draws a place's figures for ${SERIES_MIN} comparable periods as a line, in time order`, () => {
    const rows = panels([trips('a', 'horgos', 30, { period: half(2022) }), trips('b', 'horgos', 10, { period: half(2019) }), trips('c', 'horgos', 20, { period: half(2020) })]);
    expect(rows.map((r) => [r.id, r.mark])).toEqual([['b', 'line'], ['c', 'line'], ['a', 'line']]);
    expect(new Set(rows.map((r) => r.panel)).size).toBe(1);
    expect(rows[0]!.panelLabel).toBe('Freight train trips, Horgos · half-years');
  });

  it('draws two periods as bars, not a line', () => {
    const rows = panels([trips('a', 'horgos', 30), trips('b', 'horgos', 10, { period: half(2019) })]);
    expect(markOf(rows)).toEqual({ a: 'bar', b: 'bar' });
  });

  it('keeps one value per period on the line and shows a second source\'s other value as a dot', () => {
    const rows = panels([
      trips('a', 'horgos', 30), trips('b', 'horgos', 10, { period: half(2019) }), trips('c', 'horgos', 20, { period: half(2020) }),
      trips('d', 'horgos', 25, { evidence: [{ source: 'example-wire', quote: 'x', start: 0, end: 1, quoteStart: 0 }, { source: 'example-daily', quote: 'x', start: 0, end: 1, quoteStart: 0 }] }),
    ]);
    // `d` has two sources, so it is the period's point on the line.
    expect(markOf(rows)).toMatchObject({ a: 'dot', d: 'line', b: 'line', c: 'line' });
  });

  it('never shares a scale across units, statuses, scopes or kinds of period', () => {
    const rows = panels([
      trips('a', 'horgos', 30), trips('b', 'alashankou', 20),
      trips('c', 'kashgar', 900, { status: 'cumulative', period: { start: null, end: '2022-06-30', label: 'by June' } }),
      trips('d', 'hotan', 40, { period: { start: '2022-01-01', end: '2022-10-31', label: 'Jan–Oct' } }),
      trips('e', 'tacheng', 15, { status: 'planned' }),
      trips('f', 'hami', 5, { scope: 'project' }),
    ]);
    expect(markOf(rows)).toEqual({ a: 'bar', b: 'bar', c: 'number', d: 'number', e: 'number', f: 'number' });
    expect(panelProblems(rows)).toEqual([]);
  });

  it('makes a growth rate a card, never a bar among levels', () => {
    const growth = (id: string, place: string) => fixtureFact({ id, kind: 'trains', measure: 'train-trips-growth', value: 12, unit: 'percent', place, period: half(2022) });
    expect(markOf(panels([growth('g1', 'horgos'), growth('g2', 'alashankou')]))).toEqual({ g1: 'number', g2: 'number' });
  });

  it("draws a region's figure as a card, not a bar beside a place inside it", () => {
    const context = fixtureContext([trips('x', 'xinjiang', 9000), trips('h', 'horgos', 3000), trips('a', 'alashankou', 2000)]);
    expect(markOf(freightTrains.rows(context))).toEqual({ h: 'bar', a: 'bar', x: 'number' });
  });

  it('orders series, then bars, then cards', () => {
    const rows = panels([
      trips('card', 'kashgar', 1, { status: 'planned' }),
      trips('bar1', 'alashankou', 20), trips('bar2', 'urumqi', 10),
      trips('s1', 'horgos', 30), trips('s2', 'horgos', 10, { period: half(2019) }), trips('s3', 'horgos', 20, { period: half(2020) }),
    ]);
    expect(rows.map((r) => r.mark)).toEqual(['line', 'line', 'line', 'bar', 'bar', 'number']);
  });
});
