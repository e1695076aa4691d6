/**
 * Lays out the locator map's labels in pixels, before Plot draws: first the
 * hubs, the ports the facts name and the corridors' far ends; then the names
 * of Xinjiang and the countries, where there is room; then the other places.
 * Every label is returned with the longitude and latitude Plot positions it at.
 */
import type { ChartContext } from '../chart-types.ts';
import { placeAreaLabels, type AreaLabel, type AreaRequest } from './area-labels.ts';
import { pixelRings, type Dot, type Segment } from './label-geometry.ts';
import type { MapFrame } from './map-frame.ts';
import { mapLabel } from './map-label.ts';
import { homeArea, ROLES, type LocatorRow } from './map-places.ts';
import { placeLabels, type PlacedLabel } from './place-labels.ts';

/** Dot radius by role, px: the hubs stand out. */
export const RADIUS = { hub: 4.5, place: 3 };
export const isHub = (row: LocatorRow) => row.role === 'centre' || row.role === 'fulcrum';

type Located<T> = T & { lon: number; lat: number };

/** The labels to draw. */
export interface MapLabels {
  places: Located<PlacedLabel>[];
  areas: Located<AreaLabel>[];
}

/** Each corridor as [lon, lat] points, in order. */
export function corridorPaths({ corridors, places }: ChartContext): [number, number][][] {
  return corridors.corridors.map((c) => c.places.flatMap((id): [number, number][] => { const p = places.get(id); return p ? [[p.lon, p.lat]] : []; }));
}

/** Whether a place lies in China, by its chain of parents in the gazetteer. */
function isInChina(id: string, context: ChartContext): boolean {
  for (let place = context.places.get(id); place; place = place.parent ? context.places.get(place.parent) : undefined) {
    if (place.id === 'china') return true;
  }
  return false;
}

/** Splits rows into the labels placed before the area names and those placed after. */
function labelTiers(rows: LocatorRow[], context: ChartContext): [LocatorRow[], LocatorRow[]] {
  // The cities the corridors lead to (their places of kind city outside China) are what the map is for: label them early.
  const ends = new Set(context.corridors.corridors.flatMap((c) => c.places.filter((id) => {
    const place = context.places.get(id);
    return place?.kind === 'city' && !isInChina(id, context);
  })));
  const rank = (r: LocatorRow) => (isHub(r) ? 0 : r.role === 'port' && r.facts > 0 ? 1 : ends.has(r.id) ? 2 : 3 + ROLES.indexOf(r.role));
  const sorted = [...rows].sort((a, b) => rank(a) - rank(b) || b.facts - a.facts || a.name.localeCompare(b.name, 'en'));
  return [sorted.filter((r) => rank(r) < 3), sorted.filter((r) => rank(r) >= 3)];
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
    { id: 'xinjiang', text: mapLabel(places.get('xinjiang') ?? { name: basemap.xinjiang.properties.name, aliases: [] }), shapes: [basemap.xinjiang] },
    // China's name goes in China outside Xinjiang: Xinjiang's outline cuts a hole (even-odd).
    ...basemap.countries.features.map((f) => ({ id: f.properties.id, text: f.properties.name, shapes: f.properties.id === 'china' ? [f, basemap.xinjiang] : [f] })),
  ];
  const homes = new Map(areas.map((a) => [a.id, a.shapes.flatMap((s) => pixelRings(project, s))]));
  const request = (r: LocatorRow) => {
    const place = places.get(r.id);
    const home = homes.get((place && homeArea(place, places)) ?? '') ?? [];
    return { id: r.id, text: mapLabel(place ?? { name: r.name, aliases: [] }), ...toXY(px(r.lon, r.lat)), home, lon: r.lon, lat: r.lat };
  };
  const [first, rest] = labelTiers(rows, context);
  const firstLabels = placeLabels(first.map(request), width, height, { boxes: [], dots, segments }, focus);
  const areaLabels = placeAreaLabels(areas, project, width, height, { boxes: firstLabels.map((p) => p.box), dots, segments })
    .map((a) => { const [lon, lat] = project.invert?.([a.x, a.y]) ?? [NaN, NaN]; return { ...a, lon, lat }; });
  const boxes = [...firstLabels, ...areaLabels].map((p) => p.box);
  const restLabels = placeLabels(rest.map(request), width, height, { boxes, dots, segments }, focus);
  return { places: [...firstLabels, ...restLabels] as Located<PlacedLabel>[], areas: areaLabels };
}

const toXY = ([x, y]: [number, number]) => ({ x, y });
