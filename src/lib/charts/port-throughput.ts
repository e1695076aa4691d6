import { factChart } from './fact-chart.ts';

/** Measures of how a port works that the data files under other kinds: trading companies (project), the times a crossing takes (other). */
export const PORT_MEASURES: ReadonlySet<string> = new Set(['trading-enterprises', 'clearance-time', 'reloading-time', 'train-processing-time', 'container-handling-time']);

/**
 * What passes through the ports: vehicles, tonnage, companies, clearance
 * times. A count of ports is about the network, not throughput, so it stays
 * in the facts list.
 */
export const portThroughput = factChart('port-throughput', (fact) => (fact.kind === 'port' && fact.measure !== 'ports') || PORT_MEASURES.has(fact.measure));
