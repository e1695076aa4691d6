/**
 * Callouts: a label set off from the point it names, in free space, with a
 * leader line back to the point. The map uses one when a name has no room
 * beside its dot or inside its country.
 */
import { boxHitsDot, boxHitsSegment, isClear, lineHeight, textWidth, type Box, type Obstacles, type Segment } from './label-geometry.ts';

/** Where a callout's text sits, in frame pixels, and how it is anchored there. */
export interface Callout { x: number; y: number; textAnchor: 'start' | 'middle' | 'end' }

/** How far from its point a callout may sit, px, nearest first. */
const DISTANCES = [18, 26, 36, 48, 60];
/** Directions a callout may go, as unit steps: east and west first, where text runs. */
const DIRECTIONS: readonly [number, number][] = [[1, 0], [-1, 0], [0.7, -0.7], [-0.7, -0.7], [0.7, 0.7], [-0.7, 0.7], [0, -1], [0, 1]];
/** Gap between a leader's end and its text, px. */
const GAP = 2;

/** The box of text anchored at a point (vertically centred on its line). */
export function textBox(text: string, { x, y, textAnchor }: Callout, size?: number): Box {
  const w = textWidth(text, size);
  const x0 = x - (textAnchor === 'start' ? 0 : textAnchor === 'middle' ? w / 2 : w);
  const h = lineHeight(size);
  return { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
}

/** Where the leader meets the text: beside it, or under or over it when the text is centred. */
export function leaderEnd({ x, y, textAnchor }: Callout, box: Box, from: [number, number]): [number, number] {
  if (textAnchor === 'start') return [x - GAP, y];
  if (textAnchor === 'end') return [x + GAP, y];
  return from[1] > y ? [x, box.y1 + GAP] : [x, box.y0 - GAP];
}

/**
 * The best free spot for a callout to the point (x, y): its text's box is
 * clear of every obstacle, and its leader crosses no other label and no dot
 * but its own. `away` scores how far a box strays from where the name
 * belongs (0 when it is all inside); the spot that strays least wins, and
 * then the nearest.
 */
export function calloutSpot(text: string, x: number, y: number, width: number, height: number, obstacles: Obstacles, size?: number, away: (box: Box) => number = () => 0): { callout: Callout; box: Box; leader: Segment } | null {
  const others = obstacles.dots.filter((d) => Math.hypot(d.x - x, d.y - y) > d.r + 0.5);
  let best: { callout: Callout; box: Box; leader: Segment; cost: number } | null = null;
  for (const distance of DISTANCES) {
    for (const [dx, dy] of DIRECTIONS) {
      const textAnchor = dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle';
      const callout: Callout = { x: x + dx * distance, y: y + dy * distance, textAnchor };
      const box = textBox(text, callout, size);
      if (!isClear(box, width, height, obstacles, false)) continue;
      const leader: Segment = [[x, y], leaderEnd(callout, box, [x, y])];
      if (obstacles.boxes.some((b) => boxHitsSegment(b, leader)) || others.some((d) => segmentHitsDot(leader, d.x, d.y, d.r))) continue;
      // A leader across a corridor line reads as part of it.
      const crosses = obstacles.segments.filter((s) => segmentsCross(s, leader)).length;
      const cost = (away(box) + crosses * 3) * 100 + distance;
      if (!best || cost < best.cost) best = { callout, box, leader, cost };
    }
  }
  return best && { callout: best.callout, box: best.box, leader: best.leader };
}

function segmentHitsDot([[ax, ay], [bx, by]]: Segment, x: number, y: number, r: number): boolean {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
  return boxHitsDot({ x0: ax + t * dx, y0: ay + t * dy, x1: ax + t * dx, y1: ay + t * dy }, { x, y, r: r + 1 });
}

/** Whether two segments cross (touching at an end does not count). */
function segmentsCross([[ax, ay], [bx, by]]: Segment, [[cx, cy], [dx, dy]]: Segment): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0;
}
