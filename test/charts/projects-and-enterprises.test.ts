import { describe } from 'vitest';
import { projectsAndEnterprises } from '../../src/lib/charts/projects-and-enterprises.ts';
import { panelChartSuite } from '../support/panel-chart-suite.ts';
import { fixtureFact } from '../support/chart-fixture.ts';

describe('projects-and-enterprises', () => {
  panelChartSuite(projectsAndEnterprises, {
    plots: ['projects-tacheng-1', 'projects-hotan-1', 'enterprises-ftz-kashgar-1'],
    newFact: fixtureFact({ id: 'projects-hotan-9', kind: 'project', measure: 'projects', value: 12, unit: 'projects', place: 'hotan' }),
    focus: { key: 'ftz-kashgar', keeps: ['enterprises-ftz-kashgar-1'] },
  });
});
