import { factChart } from './fact-chart.ts';

/** Foreign trade figures and their growth. */
export const foreignTrade = factChart('foreign-trade', (fact) => fact.kind === 'trade');
