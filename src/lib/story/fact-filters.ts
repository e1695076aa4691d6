/**
 * The facts desk's filters: by place (a place and every place within it, so
 * Xinjiang's page holds Horgos's facts) and by kind. The filter pages, their
 * CSVs and the facts page's script all apply these same rules: a fact's
 * `within` ids are the places it names and each of their parents.
 */
import { FactKind, type Fact, type FactsFile, type Place } from '../../schema.ts';
import { lineage } from '../gazetteer/lineage.ts';
import { memoOn } from '../memo/memo.ts';
import { sitePath } from '../site/site-path.ts';
import { FACTS_PER_PAGE } from './facts-pages.ts';

/** One filter's facts, in the desk's order. */
export interface FactFilter<Id extends string = string> {
  /** `place` or `kind`. */
  by: 'place' | 'kind';
  /** The place id or the kind. */
  id: Id;
  facts: readonly Fact[];
}

/** Every filter of the desk, worked out in one pass over the facts. */
export interface FactFilters {
  /** Each place that has facts, itself or within it, by id; in gazetteer order. */
  places: ReadonlyMap<string, FactFilter>;
  /** Each kind that has facts. */
  kinds: ReadonlyMap<FactKind, FactFilter<FactKind>>;
  /** For each fact id, the ids of its places and of every place they lie within. */
  within: ReadonlyMap<string, readonly string[]>;
}

/** The facts in the desk's order: by their first source, in the order sources are listed, then as printed. */
export const deskOrder = memoOn((data: Pick<FactsFile, 'sources' | 'facts'>): readonly Fact[] => {
  const order = new Map(data.sources.map((s, i) => [s.id, i]));
  const rank = (f: Fact) => order.get(f.evidence[0]!.source) ?? order.size;
  return [...data.facts].sort((a, b) => rank(a) - rank(b) || a.evidence[0]!.start - b.evidence[0]!.start);
});

/** The ids of a fact's places and of every place they lie within, each once, nearest first. */
export function withinIds(fact: Pick<Fact, 'places'>, places: ReadonlyMap<string, Place>): string[] {
  return [...new Set(fact.places.flatMap((id) => {
    const chain = lineage(id, places).map((p) => p.id);
    return chain.length ? chain : [id];
  }))];
}

/** Every place and kind filter of a loaded data file. Linear in facts times the gazetteer's depth. */
export const factFilters = memoOn((data: FactsFile): FactFilters => {
  const places = new Map(data.places.map((p) => [p.id, p]));
  const byPlace = new Map<string, Fact[]>();
  const byKind = new Map<FactKind, Fact[]>();
  const within = new Map<string, string[]>();
  for (const fact of deskOrder(data)) {
    const ids = withinIds(fact, places);
    within.set(fact.id, ids);
    for (const id of ids) push(byPlace, id, fact);
    push(byKind, fact.kind, fact);
  }
  const placeOrder = data.places.map((p) => p.id).filter((id) => byPlace.has(id));
  return {
    places: new Map(placeOrder.map((id) => [id, { by: 'place' as const, id, facts: byPlace.get(id)! }])),
    kinds: new Map(FactKind.options.filter((id) => byKind.has(id)).map((id) => [id, { by: 'kind' as const, id, facts: byKind.get(id)! }])),
    within,
  };
});

function push<K>(map: Map<K, Fact[]>, key: K, fact: Fact): void {
  const list = map.get(key);
  if (list) list.push(fact);
  else map.set(key, [fact]);
}

/** The path of a filter's page `n`: `/facts/place/horgos/`, then `/facts/place/horgos/2/`. */
export function filterPath(filter: Pick<FactFilter, 'by' | 'id'>, n = 1): string {
  return sitePath(`facts/${filter.by}/${filter.id}/${n > 1 ? `${n}/` : ''}`);
}

/** The path of a filter's CSV, which holds every row of all its pages. */
export function filterCsvPath(filter: Pick<FactFilter, 'by' | 'id'>): string {
  return sitePath(`facts/${filter.by}/${filter.id}/facts.csv`);
}

/** A filter's facts cut into pages of at most `perPage`; there is always a first page. */
export function filterPages<T>(facts: readonly T[], perPage = FACTS_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < facts.length; i += perPage) pages.push(facts.slice(i, i + perPage));
  return pages.length ? pages : [[]];
}

/** A place with facts and the places with facts within it. */
export interface PlaceNode {
  id: string;
  name: string;
  /** How many facts its page lists, its children's included. */
  count: number;
  children: PlaceNode[];
}

/** The places with facts as a tree, by their parents in the gazetteer; a place whose parent has no facts is a root. Gazetteer order. */
export function placeTree(filters: FactFilters, places: ReadonlyMap<string, Place>): PlaceNode[] {
  const nodes = new Map([...filters.places.values()].map((f) => [f.id, { id: f.id, name: places.get(f.id)?.name ?? f.id, count: f.facts.length, children: [] as PlaceNode[] }]));
  const roots: PlaceNode[] = [];
  for (const node of nodes.values()) {
    const parent = lineage(node.id, places).slice(1).find((p) => nodes.has(p.id));
    (parent ? nodes.get(parent.id)!.children : roots).push(node);
  }
  return roots;
}

/** The tree, depth first, with each place's depth: for a select's options. */
export function flattenTree(nodes: readonly PlaceNode[], depth = 0): Array<{ id: string; name: string; depth: number }> {
  return nodes.flatMap((n) => [{ id: n.id, name: n.name, depth }, ...flattenTree(n.children, depth + 1)]);
}
