/**
 * A chart of facts drawn as a bar table: the module is just its id and the
 * rule that picks its facts. New articles' facts that pass the rule appear
 * with no code change.
 */
import type { Fact } from '../../schema.ts';
import { barLayout } from './bar-layout.ts';
import { barTableSpec } from './bar-table.ts';
import type { ChartContext, ChartModule } from './chart-types.ts';
import { factColumns, factRows, type FactRow } from './fact-rows.ts';
import { memoOn } from '../memo/memo.ts';
import { latestAndLargest } from './row-budget.ts';

/** At most this many rows per group are named in the alt text; the data table has them all. */
const DESCRIBED_PER_GROUP = 4;

/** Groups (one per measure) in order of measure id, rows by value, largest first; ties by id so order is stable. */
function order(rows: FactRow[]): FactRow[] {
  const byGroup = new Map<string, FactRow[]>();
  for (const row of rows) byGroup.set(row.measure, [...(byGroup.get(row.measure) ?? []), row]);
  return [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, members]) => members.sort((a, b) => b.value - a.value || a.id.localeCompare(b.id)));
}

/**
 * The alt-text sentence from the data alone: each group's heading, then its
 * rows as `place, period: value`. No prose, so nothing in it can go stale.
 */
export function describeBars(rows: readonly FactRow[]): string {
  const parts: string[] = [];
  let heading = '';
  let named: string[] = [];
  let count = 0;
  const flush = () => { if (heading) parts.push(`${heading}: ${named.join('; ')}${count > named.length ? '; …' : ''}.`); };
  for (const line of barLayout(rows, null).lines) {
    if (line.row === null) { flush(); heading = line.group; named = []; count = 0; continue; }
    count += 1;
    if (named.length < DESCRIBED_PER_GROUP) named.push(`${line.row.place}, ${line.row.period}, ${line.row.display}`);
  }
  flush();
  return parts.join(' ');
}

/** A part is never drawn beside its whole (`Among them, …` beside the total): the whole stands for both. */
function peers(facts: readonly Fact[]): Fact[] {
  const ids = new Set(facts.map((f) => f.id));
  return facts.filter((f) => f.partOf === null || !ids.has(f.partOf));
}

/** Builds a bar-table chart module from its id and the rule that selects its facts. */
export function factChart(id: string, select: (fact: Fact) => boolean): ChartModule<FactRow> {
  const qualified = memoOn((context: ChartContext) => factRows(peers(context.data.facts.filter(select)), context));
  return {
    id,
    rows: (context) => order(latestAndLargest(qualified(context))),
    pool: (context) => ({ total: qualified(context).length, noun: 'figures' }),
    plot: (rows, options) => barTableSpec(rows, options),
    columns: factColumns,
    describe: describeBars,
  };
}
