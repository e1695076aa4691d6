/**
 * Name labels for countries and Xinjiang, placed from the geometry: each
 * goes where its box has the most room inside the area's visible part,
 * clear of dots and place labels. No hand-placed label points to maintain;
 * an area with no room for its name stays unlabelled.
 */
import type { GeoPermissibleObjects, GeoProjection } from 'd3';
import { FONT_SIZE } from '../plot-defaults.ts';
import { crossings, inside, isClear, lineHeight, pixelRings, textWidth, type Box, type Dot, type Obstacles, type Ring } from './label-geometry.ts';

/** An area to label: its text and its outline(s) in lon/lat. Outlines listed later cut holes (even-odd). */
export interface AreaRequest { id: string; text: string; shapes: GeoPermissibleObjects[] }
/** A label centred on (x, y), at `size` px. */
export interface AreaLabel { id: string; text: string; size: number; x: number; y: number; box: Box }

/** Font size of a name that does not fit at the chart's size, px: the smallest text on the map. */
const SMALL = FONT_SIZE - 1;
/** Grid step of the search, px. */
const STEP = 4;
/** The label's ellipse, scaled by this, must fit inside the area. */
const MIN_ROOM = 0.5;

/**
 * Distance from (x, y) to the rings' edges and the dots, with x and y scaled by the
 * label's half width and half height. Stops early once below `floor`: that
 * spot cannot beat the best one found.
 */
function room(x: number, y: number, rings: Ring[], dots: readonly Dot[], hw: number, hh: number, floor: number): number {
  let best = Infinity;
  for (const dot of dots) {
    best = Math.min(best, Math.hypot((dot.x - x) / hw, (dot.y - y) / hh));
    if (best <= floor) return best;
  }
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = (ring[j]![0] - x) / hw, ay = (ring[j]![1] - y) / hh;
      const bx = (ring[i]![0] - x) / hw, by = (ring[i]![1] - y) / hh;
      const dx = bx - ax, dy = by - ay;
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      if (best <= floor) return best;
    }
  }
  return best;
}

/** The spot with the most room for a `hw` × `hh` half-size box inside the rings, clear of obstacles; null when none fits. */
function bestSpot(rings: Ring[], hw: number, hh: number, width: number, height: number, clear: Obstacles, strict: boolean): [number, number] | null {
  let best: [number, number] | null = null;
  let bestRoom = MIN_ROOM;
  // Only spots where the whole box fits in the frame and in the area's extent.
  const px = rings.flat().map((p) => p[0]);
  const py = rings.flat().map((p) => p[1]);
  const [x0, x1] = [Math.max(hw, Math.min(...px) + hw), Math.min(width - hw, Math.max(...px) - hw)];
  const [y0, y1] = [Math.max(hh, Math.min(...py) + hh), Math.min(height - hh, Math.max(...py) - hh)];
  for (let y = Math.ceil(y0 / STEP) * STEP; y <= y1; y += STEP) {
    const xs = crossings(y, rings);
    for (let x = Math.ceil(x0 / STEP) * STEP; x <= x1; x += STEP) {
      if (!inside(x, xs) || !isClear({ x0: x - hw, y0: y - hh, x1: x + hw, y1: y + hh }, width, height, clear, strict)) continue;
      const r = room(x, y, rings, clear.dots, hw, hh, bestRoom);
      if (r > bestRoom) [best, bestRoom] = [[x, y], r];
    }
  }
  return best;
}

/**
 * Places each area's label in turn; later labels avoid earlier ones. A
 * label keeps off the corridor lines if it can, and crosses them if not; a
 * name with no room at the chart's font size tries {@link SMALL} before it
 * is left out.
 */
export function placeAreaLabels(requests: readonly AreaRequest[], project: GeoProjection, width: number, height: number, obstacles: Obstacles): AreaLabel[] {
  const placed: AreaLabel[] = [];
  for (const { id, text, shapes } of requests) {
    const rings = shapes.flatMap((s) => pixelRings(project, s));
    const clear = { ...obstacles, boxes: [...obstacles.boxes, ...placed.map((p) => p.box)] };
    for (const size of [FONT_SIZE, SMALL]) {
      const hw = textWidth(text, size) / 2;
      const hh = lineHeight(size) / 2;
      const spot = bestSpot(rings, hw, hh, width, height, clear, true) ?? bestSpot(rings, hw, hh, width, height, clear, false);
      if (!spot) continue;
      placed.push({ id, text, size, x: spot[0], y: spot[1], box: { x0: spot[0] - hw, y0: spot[1] - hh, x1: spot[0] + hw, y1: spot[1] + hh } });
      break;
    }
  }
  return placed;
}
