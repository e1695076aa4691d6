import { factChart } from './fact-chart.ts';

/** China-Europe freight trains: train counts and their growth, by hub and period. */
export const freightTrains = factChart('freight-trains', (fact) => fact.kind === 'trains');
