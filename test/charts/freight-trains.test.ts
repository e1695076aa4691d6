import { describe } from 'vitest';
import { freightTrains } from '../../src/lib/charts/freight-trains.ts';
import { panelChartSuite } from '../support/panel-chart-suite.ts';
import { fixtureFact } from '../support/chart-fixture.ts';

describe('freight-trains', () => {
  panelChartSuite(freightTrains, {
    plots: ['train-trips-horgos-3', 'train-trips-horgos-2', 'train-trips-horgos-1', 'train-trips-alashankou-1', 'train-trips-urumqi-1', 'train-trips-growth-urumqi-1', 'train-trips-urumqi-2'],
    newFact: fixtureFact({ id: 'train-trips-kashgar-9', kind: 'trains', measure: 'train-trips', value: 800, unit: 'trains', place: 'kashgar' }),
    focus: { key: 'horgos', keeps: ['train-trips-horgos-3', 'train-trips-horgos-2', 'train-trips-horgos-1'] },
  });
});
