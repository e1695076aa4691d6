/**
 * Which places the locator map marks, from the data: the hubs in
 * `content/geo/corridors.yaml` and the corridor places on the stretches a
 * source describes (`described-corridors.ts`), plus every port, and every city
 * and zone in Xinjiang, that a fact names. A place a new article names
 * appears with no code change; one too close to a mark to be told apart at
 * map scale is counted with that mark instead.
 */
import { geoDistance } from 'd3';
import type { Fact, Place, UiLabels } from '../../../schema.ts';
import { formatPeriod } from '../../format/format-period.ts';
import { formatFact } from '../../format/format-value.ts';
import { lineage } from '../../gazetteer/lineage.ts';
import { PORT_MEASURES } from '../port-throughput.ts';
import type { ChartContext, ChartRow } from '../chart-types.ts';
import { describedCorridors } from './described-corridors.ts';

/** What a marked place is on the map, most prominent first. */
export const ROLES = ['centre', 'fulcrum', 'port', 'corridor city', 'city', 'zone'] as const;
export type Role = (typeof ROLES)[number];

/** One marked place. */
export interface LocatorRow extends ChartRow {
  /** Gazetteer id of the place marked. */
  id: string;
  name: string;
  kind: string;
  role: Role;
  lat: number;
  lon: number;
  /** How many facts name the place or a zone folded into it. */
  facts: number;
  /** Names of the places folded into this mark, `; `-separated; empty when none. */
  includes: string;
  /** Ids this mark stands for: the place and the places folded into it. */
  placeIds: string[];
  /** A port's headline figure, `6,195 trains, H1 2022`; empty for other places or a port with none. */
  figure: string;
  /** The fact {@link figure} comes from, or null. */
  figureFact: string | null;
  /** The figure alone, as the wide map prints it beside the name, `6,195 trains`; empty when none. */
  figureShort: string;
}

/** Units of time: a clearance time needs its measure's name to mean anything, so it stays in the port chart. */
const TIME_UNITS = new Set(['minutes', 'hours', 'days', 'seconds']);

/**
 * What a port's annotation may show: a count of what passes through it or
 * of the firms trading there, as reported for that place alone (a figure two
 * ports share is neither's), not a rate of change or a time.
 */
const isPortFigure = (f: Fact, members: ReadonlySet<string>) => f.status === 'actual' && f.unit !== 'percent' && !TIME_UNITS.has(f.unit)
  && (f.places.length ? f.places : [f.place]).every((p) => p !== null && members.has(p))
  && ((f.kind === 'port' && f.measure !== 'ports') || f.kind === 'trains' || PORT_MEASURES.has(f.measure));

/** A port's headline figure: the latest, then the one with the most sources, then by id. */
function headline(facts: readonly Fact[], members: ReadonlySet<string>): Fact | null {
  const end = (f: Fact) => f.period?.end ?? '';
  return [...facts].filter((f) => isPortFigure(f, members)).sort((a, b) => end(b).localeCompare(end(a)) || b.evidence.length - a.evidence.length || a.id.localeCompare(b.id))[0] ?? null;
}

/**
 * A named place closer than this to a place already marked is folded into
 * its mark: at 440 px a pixel is about 7 km, so two 3 px dots nearer than
 * this would overlap.
 */
const MERGE_KM = 30;
const EARTH_KM = 6371;

const km = (a: Place, b: Place) => geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_KM;

/** The basemap area a place lies in: `xinjiang`, or the id of its country. Null when the gazetteer gives neither. */
export function homeArea(place: Place, places: ReadonlyMap<string, Place>): string | null {
  return lineage(place.id, places).find((p) => p.id === 'xinjiang' || p.kind === 'country')?.id ?? null;
}

const inXinjiang = (place: Place, places: ReadonlyMap<string, Place>) => homeArea(place, places) === 'xinjiang';

/** A zone whose parts lie elsewhere (the region-wide free-trade zone) is an area, not a point. */
function isArea(place: Place, places: ReadonlyMap<string, Place>): boolean {
  const within = (p: Place): boolean => [...places.values()].filter((c) => c.parent === p.id).every((c) => km(c, place) <= MERGE_KM && within(c));
  return !within(place);
}

/** How a place a fact names is marked: ports anywhere, cities and point-like zones in Xinjiang; null when not at all. */
function markedAs(place: Place, places: ReadonlyMap<string, Place>): Role | null {
  if (place.kind === 'port') return 'port';
  if (!inXinjiang(place, places)) return null;
  if (place.kind === 'city') return 'city';
  return place.kind === 'zone' && !isArea(place, places) ? 'zone' : null;
}

interface Draft { place: Place; role: Role; members: Set<string> }

function figureOf(fact: Fact | null, labels: UiLabels): Pick<LocatorRow, 'figure' | 'figureFact' | 'figureShort'> {
  if (!fact) return { figure: '', figureFact: null, figureShort: '' };
  const short = formatFact(fact);
  const period = fact.period ? formatPeriod(fact.period, { notStated: labels.noPeriod, until: labels.until }) : null;
  return { figure: period ? `${short}, ${period}` : short, figureFact: fact.id, figureShort: short };
}

/** The rows of the locator map, most prominent role first, then by name. */
export function mapPlaces(context: ChartContext): LocatorRow[] {
  const { data, places, corridors, basemap } = context;
  const routes = describedCorridors(context);
  const [west, south, east, north] = basemap.extent;
  const onMap = (p: Place) => p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north;
  const drafts = new Map<string, Draft>();
  const add = (id: string, role: Role): Draft | undefined => {
    const place = places.get(id);
    if (!place || !onMap(place)) return undefined;
    const draft = drafts.get(id) ?? { place, role, members: new Set([id]) };
    drafts.set(id, draft);
    return draft;
  };
  add(corridors.hubs.centre, 'centre');
  for (const id of corridors.hubs.fulcrums) add(id, 'fulcrum');
  for (const id of routes.flatMap((c) => c.places)) add(id, places.get(id)?.kind === 'port' ? 'port' : 'corridor city');

  const named = new Map<string, Set<string>>();
  for (const fact of data.facts) {
    for (const id of new Set([fact.place, ...fact.places])) if (id) named.set(id, (named.get(id) ?? new Set()).add(fact.id));
  }
  // Ports before cities before zones, so a city folds into its port and a zone into its city, not the reverse.
  const candidates = [...named.keys()].flatMap((id) => {
    const place = places.get(id);
    const role = place && !drafts.has(id) ? markedAs(place, places) : null;
    return place && role ? [{ place, role }] : [];
  }).sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.place.id.localeCompare(b.place.id));
  for (const { place, role } of candidates) {
    const near = [...drafts.values()].map((d) => ({ d, km: km(d.place, place) })).filter((n) => n.km <= MERGE_KM).sort((a, b) => a.km - b.km)[0];
    if (near) near.d.members.add(place.id);
    else add(place.id, role);
  }

  const rows = [...drafts.values()].map(({ place, role, members }): LocatorRow => {
    const factIds = new Set([...members].flatMap((m) => [...(named.get(m) ?? [])]));
    const facts = data.facts.filter((f) => factIds.has(f.id));
    // A place a link names owes its mark to the sentences that describe the route too.
    const described = routes.flatMap((c) => c.links).filter((l) => members.has(l.from) || members.has(l.to)).flatMap((l) => l.evidence);
    const folded = [...members].filter((m) => m !== place.id).sort();
    return {
      id: place.id,
      sources: [...new Set([...facts.flatMap((f) => f.evidence), ...described].map((e) => e.source))].sort(),
      panel: 'map',
      mark: 'map',
      status: null,
      name: place.name,
      kind: place.kind,
      role,
      lat: place.lat,
      lon: place.lon,
      facts: facts.length,
      includes: folded.map((m) => places.get(m)?.name ?? m).join('; '),
      placeIds: [place.id, ...folded],
      ...figureOf(role === 'port' || role === 'fulcrum' ? headline(facts, members) : null, context.words.labels),
    };
  });
  return rows.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
}
