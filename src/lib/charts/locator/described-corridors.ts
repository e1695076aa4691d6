/**
 * The corridors as far as the sources describe them. `content/geo/corridors.yaml`
 * says which way each route runs; the facts' links (a crossing named with a
 * place beyond the border) say how far along it a source describes. A
 * corridor is drawn from its Xinjiang end, a hub, out to the farthest place
 * a source names with its crossing, and not at all when no source names any
 * place beyond its crossing.
 */
import type { Corridor, Evidence, Link, Place } from '../../../schema.ts';
import { memoOn } from '../../memo/memo.ts';
import { countryOf } from '../../gazetteer/lineage.ts';
import type { ChartContext } from '../chart-types.ts';

/** A corridor cut to the stretch the sources describe, with the links that describe it, each read onto the corridor's places. */
export interface DescribedCorridor extends Corridor {
  links: Array<{ from: string; to: string; evidence: Evidence[] }>;
}


/**
 * The stretch of `corridor` a link describes, as [first, last] indices; null
 * when it describes none. A link to a country reaches the corridor's first
 * place in that country after the crossing.
 */
export function linkSpan(corridor: Corridor, link: Link, places: ReadonlyMap<string, Place>): [number, number] | null {
  const from = corridor.places.indexOf(link.from);
  if (from < 0) return null;
  const direct = corridor.places.indexOf(link.to);
  const to = direct >= 0 ? direct
    : places.get(link.to)?.kind === 'country' ? corridor.places.findIndex((id, i) => i > from && countryOf(id, places) === link.to) : -1;
  return to < 0 || to === from ? null : [Math.min(from, to), Math.max(from, to)];
}

function describe({ corridors, data, places }: ChartContext): DescribedCorridor[] {
  return corridors.corridors.flatMap((corridor) => {
    const spans = data.links.flatMap((link) => { const span = linkSpan(corridor, link, places); return span ? [{ span, link }] : []; });
    if (!spans.length) return [];
    const last = Math.max(...spans.map((s) => s.span[1]));
    const links = spans.map(({ span, link }) => ({ from: link.from, to: corridor.places[span[0]] === link.from ? corridor.places[span[1]]! : corridor.places[span[0]]!, evidence: link.evidence }));
    return [{ ...corridor, places: corridor.places.slice(0, last + 1), links }];
  });
}

/** The described corridors of a chart context, worked out once per context. */
export const describedCorridors: (context: ChartContext) => DescribedCorridor[] = memoOn(describe);
