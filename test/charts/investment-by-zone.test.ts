import { describe, expect, it } from 'vitest';
import { investmentByZone } from '../../src/lib/charts/investment-by-zone.ts';
import { barLayout } from '../../src/lib/charts/bar-layout.ts';
import { barChartSuite } from '../support/bar-chart-suite.ts';
import { BAR_FACTS } from '../support/bar-facts.ts';
import { drawChart, fixtureContext, fixtureFact } from '../support/chart-fixture.ts';

describe('investment-by-zone', () => {
  barChartSuite(investmentByZone, {
    plots: ['investment-in-place-kashgar-1', 'investment-outward-xinjiang-1', 'investment-planned-horgos-1', 'investment-planned-kashgar-1'],
    newFact: fixtureFact({ id: 'investment-contracted-tacheng-9', kind: 'investment', measure: 'investment-contracted', value: 3e9, unit: 'CNY', place: 'tacheng' }),
    focus: { key: 'investment-planned', keeps: ['investment-planned-horgos-1', 'investment-planned-kashgar-1'] },
  });

  it('never puts two measures or two currencies on one scale', () => {
    const { rows } = drawChart(investmentByZone, fixtureContext(BAR_FACTS));
    const { lines } = barLayout(rows, null);
    const headings = lines.filter((l) => l.row === null).map((l) => l.group);
    expect(headings).toEqual(['Investment in place', 'Outward direct investment', 'Planned investment']);
    // Each group's largest bar is full length: shares are relative to the group, not across groups.
    for (const heading of headings) {
      const shares = lines.filter((l) => l.row && l.group === heading).map((l) => l.share);
      expect(Math.max(...shares)).toBe(1);
    }
  });

  it("shows each bar's period, and says so when the source gave none", () => {
    const { svg } = drawChart(investmentByZone, fixtureContext(BAR_FACTS));
    expect(svg).toContain('H1 2022');
    expect(svg).toContain('no period given');
  });
});
