/**
 * The locator map's frame: a conic equal-area projection fitted to Xinjiang
 * and the corridor places. The same numbers go to Plot (as plain options)
 * and to a d3 projection, so labels can be placed in pixels before Plot draws.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoProjection } from 'd3';
import type { MultiPoint } from 'geojson';
import type { Basemap } from '../basemap-types.ts';
import type { ChartContext } from '../chart-types.ts';
import { describedCorridors } from './described-corridors.ts';

/** Degrees of context around Xinjiang and the corridors: room for the names of Russia to the north, India to the south and Tajikistan to the west. */
const PAD = { west: 3, east: 1.5, south: 1.5, north: 2 };
/** On a phone, where the corridors' far ends are cut off: more room west and south, for the names of the small neighbours there. */
const NARROW_PAD = { west: 4, east: 1, south: 3, north: 1.5 };

/** Everything needed to draw and label the map at one width. */
export interface MapFrame {
  width: number;
  height: number;
  /** Plot's `projection` option. */
  projection: { type: 'conic-equal-area'; parallels: [number, number]; rotate: [number, number]; domain: MultiPoint };
  /** The same projection in d3, for pixel positions: [lon, lat] to [x, y]. */
  project: GeoProjection;
}

/** Points along the edges of a longitude/latitude box, so the fit follows its parallels, not great circles. */
function boxOutline(west: number, south: number, east: number, north: number): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 1) coordinates.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 1) coordinates.push([west, lat], [east, lat]);
  coordinates.push([east, south], [east, north]);
  return { type: 'MultiPoint', coordinates };
}

const half = (x: number) => Math.round(x * 2) / 2;

/** Fits the map to Xinjiang's outline and the given [lon, lat] points at `width` px, with `pad` degrees around. */
export function mapFrame(basemap: Basemap, points: readonly [number, number][], width: number, pad = PAD): MapFrame {
  const [[xw, xs], [xe, xn]] = geoBounds(basemap.xinjiang);
  const west = Math.min(xw, ...points.map((p) => p[0])) - pad.west;
  const east = Math.max(xe, ...points.map((p) => p[0])) + pad.east;
  const south = Math.min(xs, ...points.map((p) => p[1])) - pad.south;
  const north = Math.max(xn, ...points.map((p) => p[1])) + pad.north;
  const domain = boxOutline(half(west), half(south), half(east), half(north));
  // Standard parallels at one sixth from each edge keep the distortion small and even.
  const parallels: [number, number] = [half(south + (north - south) / 6), half(north - (north - south) / 6)];
  const rotate: [number, number] = [-half((west + east) / 2), 0];
  const raw = geoConicEqualArea().parallels(parallels).rotate(rotate);
  const [[x0, y0], [x1, y1]] = geoPath(raw).bounds(domain);
  const height = Math.round((width * (y1 - y0)) / (x1 - x0));
  const project = geoConicEqualArea().parallels(parallels).rotate(rotate).fitExtent([[0, 0], [width, height]], domain);
  return { width, height, projection: { type: 'conic-equal-area', parallels, rotate, domain }, project };
}

/** Below this width the map crops to Xinjiang and its hubs: the corridors' far ends would leave Xinjiang too small to label. */
export const NARROW_MAP = 400;

/**
 * The locator map's frame: Xinjiang, the hubs and every corridor place,
 * whatever the facts add. On a phone ({@link NARROW_MAP}) only Xinjiang and
 * the hubs; the corridors run on to the frame's edge.
 */
export function locatorFrame(context: ChartContext, width: number): MapFrame {
  const { basemap, corridors, places } = context;
  const wide = width >= NARROW_MAP;
  const ids = new Set([corridors.hubs.centre, ...corridors.hubs.fulcrums, ...(wide ? describedCorridors(context).flatMap((c) => c.places) : [])]);
  const points = [...ids].flatMap((id): [number, number][] => { const p = places.get(id); return p ? [[p.lon, p.lat]] : []; });
  return mapFrame(basemap, points, width, wide ? PAD : NARROW_PAD);
}
