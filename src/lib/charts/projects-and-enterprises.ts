import { factChart } from './fact-chart.ts';

/** Counts of projects and enterprises, by place and period. */
export const projectsAndEnterprises = factChart('projects-and-enterprises', (fact) => fact.kind === 'project');
