/** The per-chart data exports: exactly the plotted rows, every field, the sources, as JSON and CSV. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { freightTrains } from '../src/lib/charts/freight-trains.ts';
import { chartData, chartDataCsv } from '../src/lib/exports/chart-data.ts';
import { ChartData } from '../src/schema.ts';
import { fixtureContext, fixtureFact } from './support/chart-fixture.ts';

const SITE = 'https://news.example/ports/';
const words = { chart: { title: 'Trains, "reported"', takeaway: 'More trains.', alt: 'Bars.', notes: [] }, notVerified: 'As reported.' };
const facts = [
  fixtureFact({ id: 'train-trips-horgos-1', kind: 'trains', measure: 'train-trips', value: 7000, unit: 'trains', place: 'horgos', period: { start: '2022-01-01', end: '2022-06-30', label: 'first half of 2022' } }),
  fixtureFact({
    id: 'train-trips-alashankou-1', kind: 'trains', measure: 'train-trips', value: 3000, unit: 'trains', place: 'alashankou',
    evidence: [{ source: 'example-wire', quote: 'Alashankou, with "3,000" trains, grew.', start: 20, end: 25, quoteStart: 0 }],
  }),
  fixtureFact({ id: 'investment-horgos-1', kind: 'investment', measure: 'investment', value: 5, unit: 'CNY', place: 'horgos' }),
];
const context = fixtureContext(facts);

describe('chartData', () => {
  const data = chartData('freight-trains', context, words, SITE);

  it('holds exactly the rows the chart plots, in plotting order, with every plotted field', () => {
    const plotted = freightTrains.rows(context);
    expect(data.rows.map((r) => r.id)).toEqual(plotted.map((r) => r.id));
    expect(data.rows.map((r) => r.id)).not.toContain('investment-horgos-1');
    for (const [i, row] of plotted.entries()) {
      for (const [key, value] of Object.entries(row)) expect(data.rows[i]![key], key).toEqual(value ?? null);
    }
    expect(data.fields.slice(0, 1 + freightTrains.columns(context.words).length)).toEqual(['id', ...freightTrains.columns(context.words).map((c) => c.key)]);
  });

  it('cites each row: its sources, its sentence and an absolute link to it on this site', () => {
    const row = data.rows.find((r) => r.id === 'train-trips-alashankou-1')!;
    expect(row.sources).toEqual(['example-wire']);
    expect(row.quote).toBe('Alashankou, with "3,000" trains, grew.');
    expect(row.evidence).toBe('https://news.example/sources/example-wire/#fact-train-trips-alashankou-1');
    expect(data.sources.map((s) => s.id)).toEqual(['example-daily', 'example-wire']);
    expect(data.sources[1]).toMatchObject({ publisher: 'Example Wire', page: 'https://news.example/sources/example-wire/' });
    expect(data.story).toBe('https://news.example/#chart-freight-trains');
    expect(data.notVerified).toBe('As reported.');
  });

  it('rejects an unknown chart id, naming the route and the known ids', () => {
    expect(() => chartData('freight-train', context, words, SITE)).toThrow(/\/data\/freight-train\.json: unknown chart id "freight-train"\. Fix: use one of .*freight-trains/);
  });
});

describe('chartDataCsv', () => {
  const data = chartData('freight-trains', context, words, SITE);
  const text = chartDataCsv(data);
  const rows = parse(text, { columns: true }) as Record<string, string>[];

  it('writes one RFC 4180 row per plotted row, its header the field names', () => {
    expect(text.split('\r\n')[0]).toBe(data.fields.join(','));
    expect(rows.map((r) => r.id)).toEqual(data.rows.map((r) => r.id));
    expect(rows.map((r) => Number(r.value))).toEqual(data.rows.map((r) => r.value));
  });

  it('quotes commas and quotes, joins lists with semicolons and leaves nulls empty', () => {
    const row = rows.find((r) => r.id === 'train-trips-alashankou-1')!;
    expect(row.quote).toBe('Alashankou, with "3,000" trains, grew.');
    expect(row.placeIds).toBe('alashankou');
    expect(row.change).toBe('');
  });

  it('round-trips through the schema', () => {
    expect(ChartData.parse(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });
});
