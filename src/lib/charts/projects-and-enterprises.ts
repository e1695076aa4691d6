import { factChart } from './fact-chart.ts';
import { PORT_MEASURES } from './port-throughput.ts';

/** Counts of projects and enterprises, by place and period; trading companies at a port go with the port's throughput. */
export const projectsAndEnterprises = factChart('projects-and-enterprises', (fact) => fact.kind === 'project' && !PORT_MEASURES.has(fact.measure));
