/**
 * Pixel geometry for placing map labels without a browser: estimated text
 * boxes, the overlap tests between boxes, dots and line segments, and areas
 * as projected rings with an even-odd inside test.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import { FONT_SIZE } from '../plot-defaults.ts';
import { estimateWidth, LABEL_EM } from '../text-metrics.ts';

/** An axis-aligned box in SVG pixels. */
export interface Box { x0: number; y0: number; x1: number; y1: number }
/** A dot in SVG pixels. */
export interface Dot { x: number; y: number; r: number }
/** A closed ring in SVG pixels. */
export type Ring = [number, number][];
/** A line segment in SVG pixels. */
export type Segment = [[number, number], [number, number]];

/** Everything a new label must keep clear of. */
export interface Obstacles {
  boxes: Box[];
  dots: Dot[];
  /** Lines a label should avoid if it can, but may cross if there is no other room. */
  segments: Segment[];
  /** Lines no label may cross: the leaders of callouts already placed. */
  leaders?: Segment[];
}

/** Height of one line of label text at `size` px: the browser's line box is about 1.2 em. */
export const lineHeight = (size = FONT_SIZE) => Math.ceil(size * 1.2) + 1;
/** Height of one line of label text at the chart's font size, px. */
export const LINE_HEIGHT = lineHeight();

/** Estimated width of a map label at `size` px, by default the chart's font size ({@link LABEL_EM}). */
export function textWidth(text: string, size = FONT_SIZE): number {
  return estimateWidth(text, size, LABEL_EM);
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function boxHitsDot(box: Box, { x, y, r }: Dot): boolean {
  const dx = x - Math.max(box.x0, Math.min(x, box.x1));
  const dy = y - Math.max(box.y0, Math.min(y, box.y1));
  return dx * dx + dy * dy < r * r;
}

/** Liang–Barsky: does the segment pass through the box? */
export function boxHitsSegment(box: Box, [[ax, ay], [bx, by]]: Segment): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [[-dx, ax - box.x0], [dx, box.x1 - ax], [-dy, ay - box.y0], [dy, box.y1 - ay]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** True when the box lies inside the frame and clear of every hard obstacle (and of segments when `strict`). */
export function isClear(box: Box, width: number, height: number, obstacles: Obstacles, strict: boolean): boolean {
  if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) return false;
  if (obstacles.boxes.some((b) => boxesOverlap(box, b))) return false;
  if (obstacles.dots.some((d) => boxHitsDot(box, d))) return false;
  if (obstacles.leaders?.some((s) => boxHitsSegment(box, s))) return false;
  return !strict || !obstacles.segments.some((s) => boxHitsSegment(box, s));
}

/** The rings of a shape in frame pixels, clipped to the frame by the projection. */
export function pixelRings(project: GeoProjection, shape: GeoPermissibleObjects): Ring[] {
  const rings: Ring[] = [];
  const context = {
    moveTo: (x: number, y: number) => { rings.push([[x, y]]); },
    lineTo: (x: number, y: number) => { rings.at(-1)?.push([x, y]); },
    closePath: () => {},
    arc: () => {},
  };
  geoPath(project, context as unknown as CanvasRenderingContext2D)(shape);
  return rings.filter((r) => r.length > 2);
}

/** Where the horizontal line at `y` crosses the rings, sorted: inside is between the 1st and 2nd, 3rd and 4th… (even-odd). */
export function crossings(y: number, rings: Ring[]): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  return xs.sort((a, b) => a - b);
}

export const inside = (x: number, xs: readonly number[]) => xs.filter((c) => c < x).length % 2 === 1;

/** Is (x, y) inside the rings (even-odd)? */
export function insideRings(x: number, y: number, rings: Ring[]): boolean {
  return inside(x, crossings(y, rings));
}
