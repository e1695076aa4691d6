import { describe, expect, it } from 'vitest';
import { portThroughput } from '../../src/lib/charts/port-throughput.ts';
import { panelChartSuite } from '../support/panel-chart-suite.ts';
import { CHART_FACTS } from '../support/chart-facts.ts';
import { drawChart, fixtureContext, fixtureFact } from '../support/chart-fixture.ts';

describe('port-throughput', () => {
  panelChartSuite(portThroughput, {
    plots: ['trading-enterprises-horgos-1', 'trading-enterprises-baktu-1', 'vehicles-per-day-irkeshtam-1'],
    newFact: fixtureFact({ id: 'cargo-volume-torugart-9', kind: 'port', measure: 'cargo-volume', value: 250000, unit: 'tonnes', place: 'torugart' }),
    focus: { key: 'baktu', keeps: ['trading-enterprises-baktu-1'] },
  });

  it('marks where a from-to change started (companies at Baktu from 10 to 120)', () => {
    const { svg } = drawChart(portThroughput, fixtureContext(CHART_FACTS));
    expect(svg).toContain('(from 10)');
    expect(svg).toMatch(/class="from"/);
  });
});
