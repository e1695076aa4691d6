/**
 * Name labels for countries and Xinjiang, placed from the geometry: each
 * goes where its box has the most room inside the area's visible part,
 * clear of dots and place labels. No hand-placed label points to maintain.
 * A country too small or too crowded for its name inside (Tajikistan on a
 * phone) is named from outside, with a leader line into it; only one with
 * no free space around it either stays unlabelled.
 */
import type { GeoPermissibleObjects, GeoProjection } from 'd3';
import { FONT_SIZE } from '../plot-defaults.ts';
import { crossings, inside, isClear, lineHeight, pixelRings, textWidth, type Box, type Dot, type Obstacles, type Ring, type Segment } from './label-geometry.ts';
import { calloutSpot } from './callouts.ts';
import { outside } from './place-labels.ts';

/** An area to label: its text and its outline(s) in lon/lat. Outlines listed later cut holes (even-odd). */
export interface AreaRequest { id: string; text: string; shapes: GeoPermissibleObjects[] }
/** A label at (x, y), at `size` px: centred on it (`text` may hold a line break), or anchored there as a callout with a leader. */
export interface AreaLabel { id: string; text: string; size: number; x: number; y: number; box: Box; textAnchor: 'start' | 'middle' | 'end'; leader: Segment | null }

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

/** The ways to set a name, in order of preference: one line, then two, each at the chart's size and then at {@link SMALL}. */
function settings(text: string): Array<{ lines: string[]; size: number }> {
  const words = text.split(' ');
  // Two lines broken at the space that makes them most nearly equal.
  const breaks = words.slice(1).map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
  const even = breaks.sort((a, b) => Math.abs(a[0]!.length - a[1]!.length) - Math.abs(b[0]!.length - b[1]!.length))[0];
  return [[text], ...(even ? [even] : [])].flatMap((lines) => [FONT_SIZE, SMALL].map((size) => ({ lines, size })));
}

/**
 * Places each area's label in turn; later labels avoid earlier ones. A
 * label keeps off the corridor lines if it can, and crosses them if not. A
 * name with no room on one line tries two, and then {@link SMALL}; with no
 * room inside at all it becomes a callout from the roomiest free point of
 * the area, kept off `keepOff` (Xinjiang) where it can be. Only a name with
 * no room even so is left out.
 */
export function placeAreaLabels(requests: readonly AreaRequest[], project: GeoProjection, width: number, height: number, obstacles: Obstacles, keepOff: Ring[] = []): AreaLabel[] {
  const placed: AreaLabel[] = [];
  const leaders = [...(obstacles.leaders ?? [])];
  for (const { id, text, shapes } of requests) {
    const rings = shapes.flatMap((s) => pixelRings(project, s));
    const clear = { ...obstacles, boxes: [...obstacles.boxes, ...placed.map((p) => p.box)], leaders };
    const label = settings(text).map(({ lines, size }) => {
      const hw = Math.max(...lines.map((l) => textWidth(l, size))) / 2;
      const hh = (lines.length * lineHeight(size)) / 2;
      const spot = bestSpot(rings, hw, hh, width, height, clear, true) ?? bestSpot(rings, hw, hh, width, height, clear, false);
      return spot && { id, text: lines.join('\n'), size, x: spot[0], y: spot[1], box: { x0: spot[0] - hw, y0: spot[1] - hh, x1: spot[0] + hw, y1: spot[1] + hh }, textAnchor: 'middle' as const, leader: null };
    }).find((l) => l !== null);
    if (label) {
      placed.push(label);
      continue;
    }
    const point = bestSpot(rings, 1, 1, width, height, clear, false);
    const spot = point && calloutSpot(text, point[0], point[1], width, height, clear, SMALL, (box) => 5 - outside(box, keepOff));
    if (!point || !spot) continue;
    placed.push({ id, text, size: SMALL, x: spot.callout.x, y: spot.callout.y, box: spot.box, textAnchor: spot.callout.textAnchor, leader: spot.leader });
    leaders.push(spot.leader);
  }
  return placed;
}
