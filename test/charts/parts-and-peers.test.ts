/** A part of a total is never drawn beside its total; alone, it is drawn. */
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
});
