import { describe } from 'vitest';
import { foreignTrade } from '../../src/lib/charts/foreign-trade.ts';
import { panelChartSuite } from '../support/panel-chart-suite.ts';
import { fixtureFact } from '../support/chart-fixture.ts';

describe('foreign-trade', () => {
  panelChartSuite(foreignTrade, {
    plots: ['trade-value-kashgar-1', 'trade-value-horgos-1', 'export-value-kashgar-1'],
    newFact: fixtureFact({ id: 'import-value-kashgar-9', kind: 'trade', measure: 'import-value', value: 1e10, unit: 'CNY', place: 'kashgar-prefecture' }),
    focus: { key: 'trade-value', keeps: ['trade-value-kashgar-1', 'trade-value-horgos-1'] },
  });
});
