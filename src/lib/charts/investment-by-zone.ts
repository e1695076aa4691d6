import { factChart } from './fact-chart.ts';

/**
 * Investment by zone, grouped by measure: planned, contracted and in-place
 * money are different things and never share a scale.
 */
export const investmentByZone = factChart('investment-by-zone', (fact) => fact.kind === 'investment');
