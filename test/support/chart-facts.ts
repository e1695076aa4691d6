/**
 * Hand-made facts covering every kind and panel the fact charts draw: a
 * series (trains at Horgos over three half-years), bar panels of like
 * figures, and cards for figures with nothing comparable. Values are invented.
 */
import type { Fact } from '../../src/schema.ts';
import { fixtureFact } from './chart-fixture.ts';

const half = (y: number) => ({ start: `${y}-01-01`, end: `${y}-06-30`, label: `the first half of ${y}` });
const h1 = half(2022);
const q3 = { start: '2023-01-01', end: '2023-09-30', label: 'the first three quarters' };
const wire = [{ source: 'example-wire', quote: 'Another sentence with a figure.', start: 30, end: 40, quoteStart: 25 }];

export const CHART_FACTS: Fact[] = [
  fixtureFact({ id: 'train-trips-horgos-1', kind: 'trains', measure: 'train-trips', value: 4200, unit: 'trains', place: 'horgos', period: h1 }),
  fixtureFact({ id: 'train-trips-horgos-2', kind: 'trains', measure: 'train-trips', value: 3300, unit: 'trains', place: 'horgos', period: half(2021), evidence: wire }),
  fixtureFact({ id: 'train-trips-horgos-3', kind: 'trains', measure: 'train-trips', value: 2100, unit: 'trains', place: 'horgos', period: half(2019) }),
  fixtureFact({ id: 'train-trips-alashankou-1', kind: 'trains', measure: 'train-trips', value: 3100, unit: 'trains', approx: 'more-than', place: 'alashankou', period: h1, change: { value: 12.5, unit: 'percent', basis: 'year-on-year' } }),
  fixtureFact({ id: 'train-trips-urumqi-1', kind: 'trains', measure: 'train-trips', value: 1800, unit: 'trains', place: 'urumqi-land-port', period: half(2023), evidence: wire }),
  fixtureFact({ id: 'train-trips-urumqi-2', kind: 'trains', measure: 'train-trips', value: 9000, unit: 'trains', place: 'urumqi-land-port', status: 'cumulative', period: { start: null, end: '2022-06-30', label: 'by the end of June' } }),
  fixtureFact({ id: 'train-trips-growth-urumqi-1', kind: 'trains', measure: 'train-trips-growth', value: 20, unit: 'percent', place: 'urumqi-land-port', period: h1 }),
  fixtureFact({ id: 'investment-planned-horgos-1', kind: 'investment', measure: 'investment-planned', value: 8e9, unit: 'CNY', place: 'horgos-edz', status: 'planned', evidence: wire }),
  fixtureFact({ id: 'investment-planned-kashgar-1', kind: 'investment', measure: 'investment-planned', value: 2.5e9, unit: 'CNY', place: 'kashgar-edz', status: 'planned', period: h1 }),
  fixtureFact({ id: 'investment-in-place-kashgar-1', kind: 'investment', measure: 'investment-in-place', value: 1.2e9, unit: 'CNY', place: 'kashgar-edz', period: h1, change: { value: 30, unit: 'percent', basis: 'year-on-year' } }),
  fixtureFact({ id: 'investment-in-place-horgos-1', kind: 'investment', measure: 'investment-in-place', value: 2.4e9, unit: 'CNY', place: 'horgos', period: h1, evidence: wire }),
  fixtureFact({ id: 'investment-in-place-xinjiang-1', kind: 'investment', measure: 'investment-in-place', value: 90e9, unit: 'CNY', place: 'xinjiang', period: h1 }),
  fixtureFact({ id: 'investment-outward-xinjiang-1', kind: 'investment', measure: 'investment-outward', value: 4e9, unit: 'USD', place: 'xinjiang' }),
  fixtureFact({ id: 'projects-tacheng-1', kind: 'project', measure: 'projects', value: 90, unit: 'projects', place: 'tacheng', period: h1 }),
  fixtureFact({ id: 'projects-hotan-1', kind: 'project', measure: 'projects', value: 45, unit: 'projects', place: 'hotan', period: h1, evidence: wire }),
  fixtureFact({ id: 'enterprises-ftz-kashgar-1', kind: 'project', measure: 'enterprises', value: 40, unit: 'enterprises', place: 'ftz-kashgar', evidence: wire }),
  fixtureFact({ id: 'trading-enterprises-baktu-1', kind: 'port', measure: 'trading-enterprises', value: 120, unit: 'enterprises', place: 'baktu', change: { value: 110, unit: 'enterprises', basis: 'from 10', from: 10 } }),
  fixtureFact({ id: 'trading-enterprises-horgos-1', kind: 'port', measure: 'trading-enterprises', value: 300, unit: 'enterprises', place: 'horgos', evidence: wire }),
  fixtureFact({ id: 'vehicles-per-day-irkeshtam-1', kind: 'port', measure: 'vehicles-per-day', value: 500, unit: 'vehicles', approx: 'about', place: 'irkeshtam' }),
  fixtureFact({ id: 'ports-xinjiang-1', kind: 'port', measure: 'ports', value: 15, unit: 'ports', place: 'xinjiang' }),
  fixtureFact({ id: 'trade-value-kashgar-1', kind: 'trade', measure: 'trade-value', value: 5e10, unit: 'CNY', place: 'kashgar-prefecture', period: q3, change: { value: 60, unit: 'percent', basis: 'year-on-year' }, evidence: wire }),
  fixtureFact({ id: 'trade-value-horgos-1', kind: 'trade', measure: 'trade-value', value: 2e10, unit: 'CNY', place: 'horgos', period: q3 }),
  fixtureFact({ id: 'export-value-kashgar-1', kind: 'trade', measure: 'export-value', value: 4e10, unit: 'CNY', place: 'kashgar-prefecture', period: q3, evidence: wire }),
];
