/**
 * Clips (Multi)Polygon coordinates to a longitude/latitude rectangle and
 * rounds them. Planar Sutherland–Hodgman clipping is enough here: the
 * rectangle is larger than the map's frame, so any straight cut it makes
 * along a meridian or parallel falls outside what the reader sees.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];

type Point = [number, number];
type Inside = (p: Point) => boolean;
type Cross = (a: Point, b: Point) => Point;

function atX(x: number): Cross {
  return ([ax, ay], [bx, by]) => [x, ay + ((by - ay) * (x - ax)) / (bx - ax)];
}

function atY(y: number): Cross {
  return ([ax, ay], [bx, by]) => [ax + ((bx - ax) * (y - ay)) / (by - ay), y];
}

/** One Sutherland–Hodgman pass: keeps the part of an open ring on the inside of one edge. */
function clipEdge(ring: Point[], inside: Inside, cross: Cross): Point[] {
  const out: Point[] = [];
  ring.forEach((current, i) => {
    const previous = ring[(i + ring.length - 1) % ring.length]!;
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  });
  return out;
}

function planarArea(ring: Point[]): number {
  let sum = 0;
  ring.forEach(([x0, y0], i) => {
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    sum += x0 * y1 - x1 * y0;
  });
  return sum / 2;
}

/**
 * Clips a closed ring, rounds it to `decimals` and closes it again. Returns
 * null when less than `minArea` square degrees is left.
 */
export function clipRing(ring: Position[], [west, south, east, north]: Extent, decimals: number, minArea: number): Position[] | null {
  let open: Point[] = ring.slice(0, -1).map(([x, y]) => [x!, y!]);
  open = clipEdge(open, ([x]) => x >= west, atX(west));
  open = clipEdge(open, ([x]) => x <= east, atX(east));
  open = clipEdge(open, ([, y]) => y >= south, atY(south));
  open = clipEdge(open, ([, y]) => y <= north, atY(north));
  const k = 10 ** decimals;
  const rounded: Point[] = [];
  for (const [x, y] of open) {
    const p: Point = [Math.round(x * k) / k, Math.round(y * k) / k];
    const last = rounded.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
  }
  while (rounded.length > 1 && rounded[0]![0] === rounded.at(-1)![0] && rounded[0]![1] === rounded.at(-1)![1]) rounded.pop();
  if (rounded.length < 3 || Math.abs(planarArea(rounded)) < minArea) return null;
  return [...rounded, rounded[0]!];
}

/** Clips every polygon of a (Multi)Polygon; returns null when nothing is left. */
export function clipGeometry(geometry: Polygon | MultiPolygon, extent: Extent, decimals: number, minArea: number): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const [outer, ...holes] of polygons) {
    const shell = outer && clipRing(outer, extent, decimals, minArea);
    if (!shell) continue;
    const inner = holes.map((hole) => clipRing(hole, extent, decimals, minArea)).filter((hole) => hole !== null);
    kept.push([shell, ...inner]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/** Clips a line to the extent (Liang–Barsky per segment) and rounds it; returns the parts left inside. */
export function clipLine(line: Position[], [west, south, east, north]: Extent, decimals: number): Position[][] {
  const k = 10 ** decimals;
  const round = ([x, y]: Point): Point => [Math.round(x * k) / k, Math.round(y * k) / k];
  const parts: Point[][] = [];
  let open = false;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1] as Point;
    const [bx, by] = line[i] as Point;
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    for (const [p, q] of [[-dx, ax - west], [dx, east - ax], [-dy, ay - south], [dy, north - ay]] as Point[]) {
      if (p === 0) { if (q < 0) t1 = -1; continue; }
      if (p < 0) t0 = Math.max(t0, q / p);
      else t1 = Math.min(t1, q / p);
    }
    if (t0 > t1) { open = false; continue; }
    const start = round([ax + t0 * dx, ay + t0 * dy]);
    const end = round([ax + t1 * dx, ay + t1 * dy]);
    if (!open || t0 > 0) parts.push([start]);
    const part = parts.at(-1)!;
    const last = part.at(-1)!;
    if (last[0] !== end[0] || last[1] !== end[1]) part.push(end);
    open = t1 === 1;
  }
  return parts.filter((part) => part.length > 1);
}
