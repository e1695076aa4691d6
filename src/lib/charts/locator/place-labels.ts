/**
 * Greedy label placement for the map's places: each label, in priority
 * order, takes one of eight positions around its dot that stays in the frame
 * and clear of dots and earlier labels. Among those it prefers the one that
 * stays on its own side of the border and off the corridor lines. A label
 * with no room beside its dot is set further off, in free space, with a
 * leader line to the dot (a callout); one with no room even so is left out,
 * and the map drops its dot. Deterministic: same input, same layout.
 */
import { calloutSpot, type Callout } from './callouts.ts';
import { boxHitsSegment, insideRings, isClear, LINE_HEIGHT, textWidth, type Box, type Obstacles, type Ring, type Segment } from './label-geometry.ts';

/** Where a label sits relative to its dot. */
export type Anchor = 'right' | 'left' | 'above' | 'below' | 'upper-right' | 'lower-right' | 'upper-left' | 'lower-left';

/** Gap between a dot's centre and its label, px: clears the largest dot. */
const GAP = 7;

/** Plot text options for each anchor: Plot takes these per mark, so labels are drawn in one text mark per anchor. */
export const ANCHORS: Record<Anchor, { textAnchor: 'start' | 'middle' | 'end'; dx: number; dy: number }> = {
  right: { textAnchor: 'start', dx: GAP, dy: 0 },
  left: { textAnchor: 'end', dx: -GAP, dy: 0 },
  above: { textAnchor: 'middle', dx: 0, dy: -(GAP + LINE_HEIGHT / 2 - 2) },
  below: { textAnchor: 'middle', dx: 0, dy: GAP + LINE_HEIGHT / 2 - 2 },
  'upper-right': { textAnchor: 'start', dx: GAP - 3, dy: -(LINE_HEIGHT / 2 + 2) },
  'lower-right': { textAnchor: 'start', dx: GAP - 3, dy: LINE_HEIGHT / 2 + 2 },
  'upper-left': { textAnchor: 'end', dx: -(GAP - 3), dy: -(LINE_HEIGHT / 2 + 2) },
  'lower-left': { textAnchor: 'end', dx: -(GAP - 3), dy: LINE_HEIGHT / 2 + 2 },
};
const ORDER = Object.keys(ANCHORS) as Anchor[];

/** A label to place: its place's pixel position, its text and the area it belongs to, in pixels. */
export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  home: Ring[];
  /** A shorter text to try when `text` has no room beside the dot (the name without its figure). */
  short?: string;
}
/** A placed label: beside its dot at an anchor, or away from it as a callout with a leader. */
export interface PlacedLabel extends LabelRequest { anchor: Anchor; box: Box; callout: Callout | null; leader: Segment | null }
/** The box a label's text covers at an anchor (text is vertically centred on its line). */
export function labelBox({ text, x, y }: LabelRequest, anchor: Anchor): Box {
  const { textAnchor, dx, dy } = ANCHORS[anchor];
  const w = textWidth(text);
  const x0 = x + dx - (textAnchor === 'start' ? 0 : textAnchor === 'middle' ? w / 2 : w);
  const cy = y + dy;
  return { x0, y0: cy - LINE_HEIGHT / 2, x1: x0 + w, y1: cy + LINE_HEIGHT / 2 };
}

/** How many of a box's corners and its centre lie outside the rings (0 when there are none). */
export function outside({ x0, y0, x1, y1 }: Box, rings: Ring[]): number {
  const samples: [number, number][] = [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [(x0 + x1) / 2, (y0 + y1) / 2]];
  return rings.length ? samples.filter(([x, y]) => !insideRings(x, y, rings)).length : 0;
}

/** What a clear position costs: points of the box outside the label's home area, plus a penalty for crossing a corridor line. */
function cost(request: LabelRequest, box: Box, obstacles: Obstacles): number {
  return outside(box, request.home) + (obstacles.segments.some((s) => boxHitsSegment(box, s)) ? 3 : 0);
}

/**
 * Places labels in the order given. Obstacles grow as labels are placed.
 * `force` names a label that is placed at its first in-frame position even
 * when nothing is clear: the place a story step is about.
 */
export function placeLabels(requests: readonly LabelRequest[], width: number, height: number, obstacles: Obstacles, force: string | null = null): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes = [...obstacles.boxes];
  const leaders = [...(obstacles.leaders ?? [])];
  const left = [...requests];
  while (left.length) {
    const clear = { ...obstacles, boxes, leaders };
    const anchors = left.map((request) => ORDER.filter((a) => isClear(labelBox(request, a), width, height, clear, false)));
    // The most hemmed-in label goes next (in the given order among equals), so an easy one never takes a hard one's only room.
    const next = anchors.reduce((best, a, i) => (a.length && (!anchors[best]!.length || a.length < anchors[best]!.length) ? i : best), 0);
    const [request] = left.splice(next, 1);
    const options = anchors.splice(next, 1)[0]!;
    const anchor = options.map((a) => ({ a, cost: cost(request!, labelBox(request!, a), clear) })).sort((x, y) => x.cost - y.cost)[0]?.a;
    if (!anchor && request!.short) {
      // The name alone, tried again at once, before any other label takes its room.
      left.unshift({ ...request!, text: request!.short, short: undefined });
      continue;
    }
    if (anchor) {
      const box = labelBox(request!, anchor);
      placed.push({ ...request!, anchor, box, callout: null, leader: null });
      boxes.push(box);
      continue;
    }
    const spot = calloutSpot(request!.text, request!.x, request!.y, width, height, clear, undefined, (box) => outside(box, request!.home));
    if (spot) {
      placed.push({ ...request!, anchor: 'right', box: spot.box, callout: spot.callout, leader: spot.leader });
      boxes.push(spot.box);
      leaders.push(spot.leader);
      continue;
    }
    const forced = request!.id === force ? ORDER.find((a) => isClear(labelBox(request!, a), width, height, { boxes: [], dots: [], segments: [] }, false)) : undefined;
    if (!forced) continue;
    const box = labelBox(request!, forced);
    placed.push({ ...request!, anchor: forced, box, callout: null, leader: null });
    boxes.push(box);
  }
  return placed;
}
