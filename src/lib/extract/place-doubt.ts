/**
 * When a figure's place is a close call: another place in the same stretch
 * fits as well as the chosen one. It is as local (two of ports, zones,
 * cities and counties; two prefectures), is not printed together with it (`Horgos and Alataw Pass` are
 * one joint place), and neither lies inside the other (`Horgos in Ili`).
 */
import type { Place } from '../../schema.ts';
import { SPECIFICITY, type PlaceMention } from './places.ts';

const LOCAL: ReadonlySet<Place['kind']> = new Set(['zone', 'port', 'county', 'city']);
import { encloses } from './salience.ts';

/** True when `pool` holds a place other than the chosen ones that fits as well. */
export function hasRival(pool: readonly PlaceMention[], chosen: readonly Place[], byId: ReadonlyMap<string, Place>): boolean {
  const tier = (p: Place) => (LOCAL.has(p.kind) ? 0 : SPECIFICITY[p.kind]);
  const first = chosen[0];
  if (!first) return false;
  const ids = new Set(chosen.map((p) => p.id));
  return pool.some((m) => !ids.has(m.place.id) && tier(m.place) === tier(first)
    && !chosen.some((c) => encloses(m.place, c, byId) || encloses(c, m.place, byId)));
}
