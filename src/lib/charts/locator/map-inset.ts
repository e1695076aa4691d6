/**
 * The locator map's inset: China's whole outline with Xinjiang filled, in a
 * corner of the map, so a reader who does not know where Xinjiang is finds
 * out at a glance. The corner is chosen from the layout: the first one
 * clear of the map's dots and corridor lines and off Xinjiang.
 */
import type * as Plot from '@observablehq/plot';
import { geoConicEqualArea, geoPath } from 'd3';
import type { Basemap } from '../basemap-types.ts';
import { boxHitsDot, boxHitsSegment, insideRings, type Box, type Dot, type Ring, type Segment } from './label-geometry.ts';

/** Inset width as a share of the map's, and its bounds in px. */
const SHARE = 0.2;
const MIN_WIDTH = 64;
const MAX_WIDTH = 120;
/** Space between the inset and the map's edge, px. */
const MARGIN = 4;
/** China's aspect in the inset's projection, height over width. */
const ASPECT = 0.78;

/** Where the inset goes, in frame pixels. */
export type InsetBox = Box;

const corners = (width: number, height: number, w: number, h: number): Box[] => {
  const right = width - MARGIN - w;
  const bottom = height - MARGIN - h;
  return [[right, bottom], [right, MARGIN], [MARGIN, bottom], [MARGIN, MARGIN]].map(([x0, y0]) => ({ x0: x0!, y0: y0!, x1: x0! + w, y1: y0! + h }));
};

/** How much of the map's content a box would hide: dots and lines count most, then Xinjiang. */
function cover(box: Box, dots: readonly Dot[], segments: readonly Segment[], xinjiang: Ring[]): number {
  const hits = dots.filter((d) => boxHitsDot(box, d)).length + segments.filter((s) => boxHitsSegment(box, s)).length;
  let inXinjiang = 0;
  for (let i = 0; i <= 4; i++) for (let j = 0; j <= 4; j++) {
    if (insideRings(box.x0 + ((box.x1 - box.x0) * i) / 4, box.y0 + ((box.y1 - box.y0) * j) / 4, xinjiang)) inXinjiang++;
  }
  return hits * 100 + inXinjiang;
}

/** The inset's box: the corner that hides least, bottom right first. */
export function insetBox(width: number, height: number, dots: readonly Dot[], segments: readonly Segment[], xinjiang: Ring[]): InsetBox {
  const w = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width * SHARE)));
  const h = Math.round(w * ASPECT);
  const scored = corners(width, height, w, h).map((box) => ({ box, cost: cover(box, dots, segments, xinjiang) }));
  return scored.reduce((best, c) => (c.cost < best.cost ? c : best)).box;
}

/**
 * The inset as a Plot render function: its own projection fitted to China,
 * a backing in the page's colour, China outlined and Xinjiang filled.
 * Hidden from screen readers: the map's alt text says where Xinjiang is.
 */
export function insetMark(inset: Basemap['inset'], box: InsetBox, className: string): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const svg = (name: string, attrs: Record<string, string | number>) => {
      const el = context.document.createElementNS('http://www.w3.org/2000/svg', name);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
      return el;
    };
    const pad = 3;
    const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0])
      .fitExtent([[box.x0 + pad, box.y0 + pad], [box.x1 - pad, box.y1 - pad]], inset.china);
    const path = geoPath(projection);
    const g = svg('g', { class: `map-inset ${className}`, 'aria-hidden': 'true' });
    g.append(
      svg('rect', { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0, fill: 'currentColor', class: 'from' }),
      svg('rect', { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0, fill: 'none', stroke: 'currentColor', 'stroke-opacity': 0.5, 'stroke-width': 0.75 }),
      svg('path', { d: path(inset.china) ?? '', fill: 'none', stroke: 'currentColor', 'stroke-width': 0.75 }),
      svg('path', { d: path(inset.xinjiang) ?? '', fill: 'currentColor', 'fill-opacity': 0.6, stroke: 'currentColor', 'stroke-width': 0.75, class: 'accent' }),
    );
    return g as unknown as SVGElement;
  };
}
