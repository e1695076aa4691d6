/**
 * A chart of facts drawn as panels: the module is just its id and the rule
 * that picks its facts. New articles' facts that pass the rule appear with
 * no code change, on the panel their measure, unit, status and period give
 * them (`panels.ts`).
 */
import type { Fact } from '../../schema.ts';
import type { ChartContext, ChartModule } from './chart-types.ts';
import { factColumns, factRows, type FactRow } from './fact-rows.ts';
import { memoOn } from '../memo/memo.ts';
import { panelGroups } from './panel-layout.ts';
import { panelSpec } from './panel-spec.ts';
import { inPanels } from './panels.ts';
import { BARS_PER_GROUP, capCards, CARDS, latestAndLargest } from './row-budget.ts';

/** At most this many rows per panel are named in the alt text; the data table has them all. */
const DESCRIBED_PER_PANEL = 4;

/**
 * The alt-text sentence from the data alone: each panel's heading, then its
 * rows as `place, period: figure`. No prose, so nothing in it can go stale.
 */
export function describePanels(rows: readonly FactRow[]): string {
  const panels = panelGroups(rows).flatMap((group) => (group[0]!.mark === 'number' ? group.map((r) => [r]) : [group]));
  return panels.map((members) => {
    const named = members.slice(0, DESCRIBED_PER_PANEL).map((r) => `${r.place}, ${r.period}, ${r.figure}`);
    return `${members[0]!.panelLabel}: ${named.join('; ')}${members.length > named.length ? '; …' : ''}.`;
  }).join(' ');
}

/** Place containment by the gazetteer's parents. */
const withinOf = memoOn((context: ChartContext) => (part: string, whole: string): boolean => {
  const seen = new Set<string>();
  for (let p = context.places.get(part)?.parent; p && !seen.has(p); p = context.places.get(p)?.parent) {
    if (p === whole) return true;
    seen.add(p);
  }
  return false;
});

/** A part is never drawn beside its whole (`Among them, …` beside the total): the whole stands for both. */
function peers(facts: readonly Fact[]): Fact[] {
  const ids = new Set(facts.map((f) => f.id));
  return facts.filter((f) => f.partOf === null || !ids.has(f.partOf));
}

/** Builds a panel chart module from its id and the rule that selects its facts. */
export function factChart(id: string, select: (fact: Fact) => boolean): ChartModule<FactRow> {
  const qualified = memoOn((context: ChartContext) => factRows(peers(context.data.facts.filter(select)), context));
  return {
    id,
    rows: (context) => capCards(inPanels(latestAndLargest(qualified(context), BARS_PER_GROUP, context.pinned), context.words.labels, withinOf(context)), CARDS, context.pinned),
    pool: (context) => ({ total: qualified(context).length, noun: 'figures', ids: new Set(qualified(context).map((r) => r.id)) }),
    plot: (rows, options) => panelSpec(rows, options),
    columns: factColumns,
    describe: describePanels,
  };
}
