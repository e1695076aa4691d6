/**
 * A place's chain of parents in the gazetteer, and what follows from it: the
 * country a place is in, and whether it lies within another place. The
 * extraction, the map and the facts desk all walk this one chain.
 */
import type { Place } from '../../schema.ts';

/** The place itself, then its parent, its parent's parent … up to the top. Stops at an unknown id or a loop. */
export function lineage(id: string, places: ReadonlyMap<string, Place>): Place[] {
  const chain: Place[] = [];
  const seen = new Set<string>();
  for (let p = places.get(id); p && !seen.has(p.id); p = p.parent ? places.get(p.parent) : undefined) {
    seen.add(p.id);
    chain.push(p);
  }
  return chain;
}

/** The id of the country a place is in (itself, when it is one), or null. */
export function countryOf(id: string, places: ReadonlyMap<string, Place>): string | null {
  return lineage(id, places).find((p) => p.kind === 'country')?.id ?? null;
}

/** Whether place `id` is `area` or lies within it. */
export function isWithin(id: string, area: string, places: ReadonlyMap<string, Place>): boolean {
  return lineage(id, places).some((p) => p.id === area);
}
