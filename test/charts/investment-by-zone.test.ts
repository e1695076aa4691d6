import { describe, expect, it } from 'vitest';
import { investmentByZone } from '../../src/lib/charts/investment-by-zone.ts';
import { panelChartSuite } from '../support/panel-chart-suite.ts';
import { CHART_FACTS } from '../support/chart-facts.ts';
import { drawChart, fixtureContext, fixtureFact } from '../support/chart-fixture.ts';

describe('investment-by-zone', () => {
  panelChartSuite(investmentByZone, {
    plots: ['investment-in-place-horgos-1', 'investment-in-place-kashgar-1', 'investment-in-place-xinjiang-1', 'investment-outward-xinjiang-1', 'investment-planned-kashgar-1', 'investment-planned-horgos-1'],
    newFact: fixtureFact({ id: 'investment-contracted-tacheng-9', kind: 'investment', measure: 'investment-contracted', value: 3e9, unit: 'CNY', place: 'tacheng' }),
    focus: { key: 'investment-planned', keeps: ['investment-planned-kashgar-1', 'investment-planned-horgos-1'] },
  });

  it('draws money in place on one scale, and plans, dollars and a region beside its own zones as cards', () => {
    const { rows } = drawChart(investmentByZone, fixtureContext(CHART_FACTS));
    const mark = new Map(rows.map((r) => [r.id, r.mark]));
    expect(mark.get('investment-in-place-horgos-1')).toBe('bar');
    expect(mark.get('investment-in-place-kashgar-1')).toBe('bar');
    // Xinjiang contains both zones: its total beside them would compare a whole with its parts.
    expect(mark.get('investment-in-place-xinjiang-1')).toBe('number');
    expect(mark.get('investment-outward-xinjiang-1')).toBe('number');
    // A plan with no period and one for a half-year are not comparable either.
    expect(new Set(rows.filter((r) => r.measure === 'investment-planned').map((r) => r.panel)).size).toBe(2);
  });

  it('says once, in the heading, when the figures have no period, instead of on every label', () => {
    const two = [
      fixtureFact({ id: 'investment-contracted-tacheng-1', kind: 'investment', measure: 'investment-contracted', value: 3e9, unit: 'CNY', place: 'tacheng' }),
      fixtureFact({ id: 'investment-contracted-hotan-1', kind: 'investment', measure: 'investment-contracted', value: 1e9, unit: 'CNY', place: 'hotan' }),
    ];
    const { svg } = drawChart(investmentByZone, fixtureContext(two));
    expect(svg.match(/no period given/g)).toHaveLength(1);
  });
});
