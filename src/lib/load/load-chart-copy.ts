import { ChartsCopy, type ChartCopy } from '../../schema.ts';
import { memoLast } from '../memo/memo.ts';
import { loadYaml } from './load-yaml.ts';

const PATH = 'content/charts.yaml';

/**
 * Loads every chart's title, takeaway and alt text. Every registered id must
 * have copy and every entry must name a registered chart, so neither a new
 * chart without words nor a typo slips through.
 */
export function loadChartCopy(ids: readonly string[], path = PATH): ReadonlyMap<string, ChartCopy> {
  return checkedCopy(loadYaml(path, ChartsCopy), ids, path);
}

const checkedCopy = memoLast((copy: ChartsCopy, ids: readonly string[], path: string): ReadonlyMap<string, ChartCopy> => {
  for (const id of Object.keys(copy)) {
    if (!ids.includes(id)) throw new Error(`${path}: ${id}: unknown chart id. Fix: use one of ${ids.join(', ')}, or register the chart in src/lib/charts/registry.ts`);
  }
  for (const id of ids) {
    if (!copy[id]) throw new Error(`${path}: ${id}: is missing. Fix: add a title, takeaway and alt for the chart \`${id}\``);
  }
  return new Map(Object.entries(copy));
});
