/**
 * Every facts-desk row of a build, made once: the facts page, the filter
 * pages and the place dossiers all print the same rows, and working out
 * which charts draw each fact means running every chart's rows.
 */
import type { FactKind, FactsFile } from '../../schema.ts';
import type { ChartContext } from '../charts/chart-types.ts';
import { CHARTS } from '../charts/registry.ts';
import { memoOn } from '../memo/memo.ts';
import { factFilters, filterPath, flattenTree, placeTree, type PlaceNode } from './fact-filters.ts';
import { chartedFacts, factTableRow, rivalsOf, type FactTableRow } from './fact-table.ts';

/**
 * Each fact's row, by fact id. `data` is the whole file (`loadFacts()`), the
 * held facts included; `context` is the charts' (`loadChartContext()`), whose
 * data holds only what the publication gate lets through.
 */
export function deskRows(data: FactsFile, context: ChartContext): ReadonlyMap<string, FactTableRow> {
  return rowsByContext(context)(data);
}

/** For each fact id, the ids of the charts that draw it, from every chart's rows. */
export const deskCharted = memoOn((context: ChartContext): ReadonlyMap<string, readonly string[]> => chartedFacts(CHARTS.map((c) => ({ id: c.id, rows: c.rows(context) }))));

const rowsByContext = memoOn((context: ChartContext) => memoOn((data: FactsFile): ReadonlyMap<string, FactTableRow> => {
  const charted = deskCharted(context);
  const inputs = {
    places: context.places, sources: context.sources, labels: context.words.labels, measures: context.words.measures,
    cited: context.pinned, charted, within: factFilters(data).within, rivals: rivalsOf(data),
  };
  return new Map(data.facts.map((f) => [f.id, factTableRow(f, inputs)]));
}));

/** The rows of `facts`, in their order. */
export function rowsOf(data: FactsFile, context: ChartContext, facts: ReadonlyArray<{ id: string }>): FactTableRow[] {
  const rows = deskRows(data, context);
  return facts.map((f) => rows.get(f.id)!);
}

/** What every desk page's filters list: each kind and each place with facts, with counts and paths. */
export interface DeskNav {
  kinds: Array<{ id: FactKind; count: number; href: string }>;
  tree: PlaceNode[];
  /** The tree depth first, for the place select. */
  options: Array<{ id: string; name: string; depth: number }>;
}

/** The filters' links and options, from the whole data file. */
export const deskNav = memoOn((data: FactsFile): DeskNav => {
  const filters = factFilters(data);
  const places = new Map(data.places.map((p) => [p.id, p]));
  const tree = placeTree(filters, places);
  return {
    kinds: [...filters.kinds.values()].map((f) => ({ id: f.id, count: f.facts.length, href: filterPath(f) })),
    tree,
    options: flattenTree(tree),
  };
});
