import { factChart } from './fact-chart.ts';

/**
 * What passes through the ports: vehicles, tonnage, companies, clearance
 * times. A count of ports is about the network, not throughput, so it stays
 * in the facts list.
 */
export const portThroughput = factChart('port-throughput', (fact) => fact.kind === 'port' && fact.measure !== 'ports');
