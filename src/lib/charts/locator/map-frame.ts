/**
 * The locator map's frame: a conic equal-area projection fitted to Xinjiang
 * and the corridor places. The same numbers go to Plot (as plain options)
 * and to a d3 projection, so labels can be placed in pixels before Plot draws.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoProjection } from 'd3';
import type { MultiPoint } from 'geojson';
import type { Basemap } from '../basemap-types.ts';
import type { ChartContext } from '../chart-types.ts';

/** Degrees of context around Xinjiang and the corridors: room for the names of Russia to the north, India to the south and Tajikistan to the west. */
const PAD = { west: 3, east: 1.5, south: 1.5, north: 2 };

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

/** Fits the map to Xinjiang's outline and the given [lon, lat] points at `width` px. */
export function mapFrame(basemap: Basemap, points: readonly [number, number][], width: number): MapFrame {
  const [[xw, xs], [xe, xn]] = geoBounds(basemap.xinjiang);
  const west = Math.min(xw, ...points.map((p) => p[0])) - PAD.west;
  const east = Math.max(xe, ...points.map((p) => p[0])) + PAD.east;
  const south = Math.min(xs, ...points.map((p) => p[1])) - PAD.south;
  const north = Math.max(xn, ...points.map((p) => p[1])) + PAD.north;
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

/** The locator map's frame: Xinjiang, the hubs and every corridor place, whatever the facts add. */
export function locatorFrame({ basemap, corridors, places }: ChartContext, width: number): MapFrame {
  const ids = new Set([corridors.hubs.centre, ...corridors.hubs.fulcrums, ...corridors.corridors.flatMap((c) => c.places)]);
  const points = [...ids].flatMap((id): [number, number][] => { const p = places.get(id); return p ? [[p.lon, p.lat]] : []; });
  return mapFrame(basemap, points, width);
}
