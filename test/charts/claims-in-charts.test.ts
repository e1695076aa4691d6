/** What kind of claim a bar is: a part is never drawn beside its total; a plan or a forecast says so. */
import { describe, expect, it } from 'vitest';
import { investmentByZone } from '../../src/lib/charts/investment-by-zone.ts';
import { fixtureContext, fixtureFact } from '../support/chart-fixture.ts';

const whole = fixtureFact({ id: 'investment-planned-horgos-1', kind: 'investment', measure: 'investment-planned', value: 3e9, unit: 'CNY', place: 'horgos' });
const part = fixtureFact({ id: 'investment-horgos-2', kind: 'investment', measure: 'investment', value: 1e9, unit: 'CNY', place: 'horgos', partOf: whole.id });

describe('parts and peers', () => {
  it('draws the whole and not its part', () => {
    expect(investmentByZone.rows(fixtureContext([whole, part])).map((r) => r.id)).toEqual([whole.id]);
  });
  it('draws a part whose whole the chart does not show', () => {
    expect(investmentByZone.rows(fixtureContext([part])).map((r) => r.id)).toEqual([part.id]);
  });
  it('labels a plan or a forecast beside its figure, and a result plainly', () => {
    const plan = fixtureFact({ id: 'investment-planned-hami-3', kind: 'investment', measure: 'investment-planned', value: 2e9, unit: 'CNY', place: 'hami', status: 'planned' });
    const forecast = { ...part, id: 'investment-horgos-4', partOf: null, status: 'expected' as const };
    const rows = investmentByZone.rows(fixtureContext([whole, plan, forecast]));
    expect(new Map(rows.map((r) => [r.id, r.display]))).toEqual(new Map([
      [whole.id, '3 billion yuan'],
      [plan.id, '2 billion yuan (planned)'],
      [forecast.id, '1 billion yuan (expected)'],
    ]));
  });
});
