/**
 * Lays out the locator map's labels in pixels, before Plot draws: first the
 * hubs; then the inset's corner; then the names of Xinjiang and the
 * countries that border it; then the ports the facts name and the
 * corridors' far ends; then the other countries and places. A label with no
 * room beside its point becomes a callout. Every label is returned with the
 * longitude and latitude Plot positions it at. Places are named as the
 * gazetteer names them, as everywhere else on the site.
 */
import type { ChartContext } from '../chart-types.ts';
import { memoOn } from '../../memo/memo.ts';
import { isWithin } from '../../gazetteer/lineage.ts';
import type { Basemap } from '../basemap-types.ts';
import { placeAreaLabels, type AreaLabel, type AreaRequest } from './area-labels.ts';
import { crossings, inside, pixelRings, type Box, type Dot, type Ring, type Segment } from './label-geometry.ts';
import { describedCorridors } from './described-corridors.ts';
import { NARROW_MAP, type MapFrame } from './map-frame.ts';
import { insetBox } from './map-inset.ts';
import { homeArea, ROLES, type LocatorRow } from './map-places.ts';
import { placeLabels, type PlacedLabel } from './place-labels.ts';

/** Dot radius by role, px: the hubs stand out. */
export const RADIUS = { hub: 4.5, place: 3 };
export const isHub = (row: LocatorRow) => row.role === 'centre' || row.role === 'fulcrum';

/** A label with the [lon, lat] Plot draws its text at, and its leader's ends in [lon, lat] when it is a callout. */
type Located<T> = T & { lon: number; lat: number; leaderLonLat: [[number, number], [number, number]] | null };

/** The labels to draw, and the inset's box. */
export interface MapLabels {
  places: Located<PlacedLabel>[];
  areas: Located<AreaLabel>[];
  inset: Box;
}

/** How close, in degrees, a country's outline comes to Xinjiang's for the two to share a border. */
const TOUCH = 0.1;
/** The countries that border Xinjiang, from the outlines. */
export const neighbours: (basemap: Basemap) => ReadonlySet<string> = memoOn(findNeighbours);

function findNeighbours(basemap: Basemap): ReadonlySet<string> {
  const points = (g: Basemap['xinjiang']['geometry']) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
  const edge = points(basemap.xinjiang.geometry);
  const found = new Set(basemap.countries.features.filter((f) => f.properties.id !== 'china'
    && points(f.geometry).some(([x, y]) => edge.some(([u, v]) => Math.abs(x - u) < TOUCH && Math.abs(y - v) < TOUCH)))
    .map((f) => f.properties.id));
  return found;
}

/** Each corridor as [lon, lat] points, in order. */
export function corridorPaths(context: ChartContext): [number, number][][] {
  const { places } = context;
  return describedCorridors(context).map((c) => c.places.flatMap((id): [number, number][] => { const p = places.get(id); return p ? [[p.lon, p.lat]] : []; }));
}

/** Whether a place lies in China, by its chain of parents in the gazetteer. */
function isInChina(id: string, context: ChartContext): boolean {
  return isWithin(id, 'china', context.places);
}

/** Each row's labelling priority: 0 the hubs, 1 the ports the facts name, 2 the corridors' far ends, 3 and up each other role. */
function ranker(context: ChartContext): (row: LocatorRow) => number {
  // The cities the corridors lead to (their places of kind city outside China) are what the map is for: label them early.
  const ends = new Set(describedCorridors(context).flatMap((c) => c.places.filter((id) => {
    const place = context.places.get(id);
    return place?.kind === 'city' && !isInChina(id, context);
  })));
  return (r) => (isHub(r) ? 0 : r.role === 'port' && r.facts > 0 ? 1 : ends.has(r.id) ? 2 : 3 + ROLES.indexOf(r.role));
}

/** The rows in labelling order: by priority, then the most facts, then by name. */
export function byPriority(rows: LocatorRow[], context: ChartContext): LocatorRow[] {
  const rank = ranker(context);
  return [...rows].sort((a, b) => rank(a) - rank(b) || b.facts - a.facts || a.name.localeCompare(b.name, 'en'));
}

function labelTiers(rows: LocatorRow[], context: ChartContext): Map<number, LocatorRow[]> {
  return Map.groupBy(byPriority(rows, context), ranker(context));
}

/**
 * Places every label that fits. `focus` is the id of the row a story step
 * is about: its label is drawn even when it has to overlap.
 */
export function layoutLabels(rows: LocatorRow[], context: ChartContext, frame: MapFrame, focus: string | null): MapLabels {
  const { basemap, places } = context;
  const corridors = corridorPaths(context);
  const { width, height, project } = frame;
  const px = (lon: number, lat: number): [number, number] => project([lon, lat]) ?? [NaN, NaN];
  const dots: Dot[] = rows.map((r) => ({ ...toXY(px(r.lon, r.lat)), r: isHub(r) ? RADIUS.hub : RADIUS.place }));
  const segments = corridors.flatMap((line) => line.slice(1).map((p, i): Segment => [px(...line[i]!), px(...p)]));
  const areas: AreaRequest[] = [
    { id: 'xinjiang', text: places.get('xinjiang')?.name ?? basemap.xinjiang.properties.name, shapes: [basemap.xinjiang] },
    // China's name goes in China outside Xinjiang: Xinjiang's outline cuts a hole (even-odd).
    ...basemap.countries.features.map((f) => ({ id: f.properties.id, text: f.properties.name, shapes: f.properties.id === 'china' ? [f, basemap.xinjiang] : [f] })),
  ];
  const homes = new Map(areas.map((a) => [a.id, a.shapes.flatMap((s) => pixelRings(project, s))]));
  const request = (r: LocatorRow) => {
    const place = places.get(r.id);
    const home = homes.get((place && homeArea(place, places)) ?? '') ?? [];
    const name = place?.name ?? r.name;
    // A port's figure goes beside its name where the map is drawn wide; the name alone where that does not fit.
    return r.figureShort && width >= NARROW_MAP ? { id: r.id, text: `${name}: ${r.figureShort}`, short: name, ...toXY(px(r.lon, r.lat)), home } : { id: r.id, text: name, ...toXY(px(r.lon, r.lat)), home };
  };
  const tiers = labelTiers(rows, context);
  const inset = insetBox(width, height, dots, segments, homes.get('xinjiang') ?? []);
  const near = neighbours(basemap);
  // Xinjiang first, the map's subject; then the smallest areas: a big one has room for its name almost anywhere.
  const size = (a: AreaRequest) => (a.id === 'xinjiang' ? -1 : visibleArea(homes.get(a.id) ?? [], width, height));
  const bySize = [...areas].sort((a, b) => size(a) - size(b));
  const [bordering, others] = [bySize.filter((a) => a.id === 'xinjiang' || near.has(a.id)), bySize.filter((a) => a.id !== 'xinjiang' && !near.has(a.id))];
  const placed: PlacedLabel[] = [];
  const areaLabels: AreaLabel[] = [];
  const obstacles = () => ({ boxes: [inset, ...placed.map((p) => p.box), ...areaLabels.map((a) => a.box)], dots, segments, leaders: [...placed, ...areaLabels].flatMap((l) => (l.leader ? [l.leader] : [])) });
  const label = (ranks: (rank: number) => boolean) => {
    for (const [rank, group] of tiers) if (ranks(rank)) placed.push(...placeLabels(group.map(request), width, height, obstacles(), focus));
  };
  const keepOff = homes.get('xinjiang') ?? [];
  label((rank) => rank === 0);
  areaLabels.push(...placeAreaLabels(bordering.filter((a) => a.id === 'xinjiang'), project, width, height, obstacles(), keepOff));
  label((rank) => rank === 1);
  areaLabels.push(...placeAreaLabels(bordering.filter((a) => a.id !== 'xinjiang'), project, width, height, obstacles(), keepOff));
  label((rank) => rank === 2);
  areaLabels.push(...placeAreaLabels(others, project, width, height, obstacles(), keepOff));
  label((rank) => rank >= 3);
  const lonLat = ([x, y]: [number, number]): [number, number] => (project.invert?.([x, y]) as [number, number] | null) ?? [NaN, NaN];
  const locate = <T extends { x: number; y: number; leader: Segment | null }>(label: T, at: [number, number]): Located<T> => {
    const [lon, lat] = lonLat(at);
    return { ...label, lon, lat, leaderLonLat: label.leader && [lonLat(label.leader[0]), lonLat(label.leader[1])] };
  };
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    places: placed.map((p) => (p.callout ? locate(p, [p.callout.x, p.callout.y]) : { ...p, lon: byId.get(p.id)!.lon, lat: byId.get(p.id)!.lat, leaderLonLat: null })),
    areas: areaLabels.map((a) => locate(a, [a.x, a.y])),
    inset,
  };
}

/** Roughly how much of the frame the rings cover, in px²: grid points inside, every {@link GRID} px. */
function visibleArea(rings: Ring[], width: number, height: number): number {
  let count = 0;
  for (let y = GRID / 2; y < height; y += GRID) {
    const xs = crossings(y, rings);
    for (let x = GRID / 2; x < width; x += GRID) if (inside(x, xs)) count++;
  }
  return count * GRID * GRID;
}
const GRID = 6;

const toXY = ([x, y]: [number, number]) => ({ x, y });
