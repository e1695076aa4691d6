/**
 * Greedy label placement for the map's places: each label, in priority
 * order, takes one of eight positions around its dot that stays in the frame
 * and clear of dots and earlier labels. Among those it prefers the one that
 * stays on its own side of the border and off the corridor lines. A label
 * with no room is left out; its dot keeps an aria-label. Deterministic: same
 * input, same layout.
 */
import { boxHitsSegment, insideRings, isClear, LINE_HEIGHT, textWidth, type Box, type Obstacles, type Ring } from './label-geometry.ts';

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
export interface LabelRequest { id: string; text: string; x: number; y: number; home: Ring[] }
/** A placed label. */
export interface PlacedLabel extends LabelRequest { anchor: Anchor; box: Box }

/** The box a label's text covers at an anchor (text is vertically centred on its line). */
export function labelBox({ text, x, y }: LabelRequest, anchor: Anchor): Box {
  const { textAnchor, dx, dy } = ANCHORS[anchor];
  const w = textWidth(text);
  const x0 = x + dx - (textAnchor === 'start' ? 0 : textAnchor === 'middle' ? w / 2 : w);
  const cy = y + dy;
  return { x0, y0: cy - LINE_HEIGHT / 2, x1: x0 + w, y1: cy + LINE_HEIGHT / 2 };
}

/** What a clear position costs: points of the box outside the label's home area, plus a penalty for crossing a corridor line. */
function cost(request: LabelRequest, box: Box, obstacles: Obstacles): number {
  const { x0, y0, x1, y1 } = box;
  const samples: [number, number][] = [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [(x0 + x1) / 2, (y0 + y1) / 2]];
  const away = request.home.length ? samples.filter(([x, y]) => !insideRings(x, y, request.home)).length : 0;
  return away + (obstacles.segments.some((s) => boxHitsSegment(box, s)) ? 3 : 0);
}

/**
 * Places labels in the order given. Obstacles grow as labels are placed.
 * `force` names a label that is placed at its first in-frame position even
 * when nothing is clear: the place a story step is about.
 */
export function placeLabels(requests: readonly LabelRequest[], width: number, height: number, obstacles: Obstacles, force: string | null = null): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes = [...obstacles.boxes];
  for (const request of requests) {
    const clear = { ...obstacles, boxes };
    const options = ORDER.filter((a) => isClear(labelBox(request, a), width, height, clear, false))
      .map((anchor) => ({ anchor, cost: cost(request, labelBox(request, anchor), clear) }));
    let anchor = options.sort((a, b) => a.cost - b.cost)[0]?.anchor;
    if (!anchor && request.id === force) anchor = ORDER.find((a) => isClear(labelBox(request, a), width, height, { boxes: [], dots: [], segments: [] }, false));
    if (!anchor) continue;
    const box = labelBox(request, anchor);
    placed.push({ ...request, anchor, box });
    boxes.push(box);
  }
  return placed;
}
