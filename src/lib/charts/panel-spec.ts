/**
 * A panel chart's Plot spec: the drawing's pixel geometry (`panel-layout.ts`)
 * as marks on identity scales. Marks are split by focus, so dimmed items get
 * their class without one mark per item.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { ChartOptions } from './chart-types.ts';
import type { FactRow } from './fact-rows.ts';
import { layoutPanels } from './panel-layout.ts';
import type { TextItem } from './panel-drawing.ts';
import { ACCENT, baseSpec, byFocus } from './plot-defaults.ts';

/** Texts grouped by what Plot takes only as a constant: weight, anchor and class. */
function textMarks(texts: TextItem[]): Plot.Markish[] {
  const groups = new Map<string, TextItem[]>();
  for (const t of texts) {
    const key = `${t.bold}|${t.anchor}|${t.role}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()].flatMap((items) => byFocus(items, (i) => i.focused, items[0]!.role, (d, className) => Plot.text(d, {
    x: 'x', y: 'y', text: 'text', fontSize: 'size', textAnchor: items[0]!.anchor, fontWeight: items[0]!.bold ? 'bold' : 'normal', className,
  })));
}

/** The Plot spec of a panel chart. */
export function panelSpec(rows: readonly FactRow[], options: ChartOptions): PlotOptions {
  const drawing = layoutPanels(rows, options.width, options.focus);
  return {
    ...baseSpec(options),
    height: drawing.height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.link(drawing.rules.filter((r) => r.role !== 'from'), { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 'currentColor', strokeOpacity: 0.35, className: 'rule', ariaHidden: 'true' }),
      // Where a `from … to …` change started, across its bar.
      Plot.link(drawing.rules.filter((r) => r.role === 'from'), { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 'currentColor', strokeWidth: 2, className: 'from' }),
      // A <title> is the mark's hover tooltip; an aria-label on a shape without a role is invalid ARIA.
      ...byFocus(drawing.rects, (i) => i.focused, ACCENT, (d, className) => Plot.rect(d, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'currentColor', title: 'title', className })),
      ...byFocus(drawing.points, (i) => i.focused, ACCENT, (d, className) => Plot.line(d, { x: 'x', y: 'y', z: 'line', stroke: 'currentColor', strokeWidth: 2, className })),
      ...[true, false].flatMap((filled) => byFocus(drawing.dots.filter((d) => d.filled === filled), (i) => i.focused, ACCENT, (d, className) => Plot.dot(d, {
        x: 'x', y: 'y', r: 4, stroke: 'currentColor', strokeWidth: 1.5, fill: filled ? 'currentColor' : 'none', title: 'title', className,
      }))),
      ...textMarks(drawing.texts),
    ],
  };
}
