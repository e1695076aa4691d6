/**
 * A bar table: rows grouped under headings, each row a label line and a bar
 * with its value printed at the end. Bars scale within their group only, and
 * there is no shared axis, so planned, contracted and in-place money (or
 * trains and percentages) never share an unlabelled scale.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { barLayout, barSpan, rowLabel, type Line } from './bar-layout.ts';
import type { ChartOptions } from './chart-types.ts';
import type { FactRow } from './fact-rows.ts';
import { ACCENT, DIM, baseSpec } from './plot-defaults.ts';

const MARGIN = 2;

/** Marks split by focus, so dimmed rows get their class without one mark per row. */
function byFocus(lines: Line[], mark: (subset: Line[], className: string) => Plot.Markish, base: string): Plot.Markish[] {
  const focused = lines.filter((l) => l.focused);
  const dimmed = lines.filter((l) => !l.focused);
  return [...(focused.length ? [mark(focused, base)] : []), ...(dimmed.length ? [mark(dimmed, `${base} ${DIM}`)] : [])];
}

/** The Plot spec of a bar table. */
export function barTableSpec(rows: readonly FactRow[], options: ChartOptions): PlotOptions {
  const { lines, height } = barLayout(rows, options.focus);
  const inner = options.width - 2 * MARGIN;
  const headings = lines.filter((l) => l.row === null);
  const bars = lines.filter((l) => l.row !== null);
  const row = (l: Line) => l.row!;
  const span = barSpan(rows, inner);
  return {
    ...baseSpec(options),
    height: height + 2 * MARGIN,
    margin: MARGIN,
    x: { domain: [0, 1 / span], axis: null },
    // Lines carry pixel positions from bar-layout.ts, so y is the identity.
    y: { type: 'identity', axis: null },
    marks: [
      Plot.text(headings, { x: 0, y: 'textY', text: 'group', textAnchor: 'start', fontWeight: 'bold', className: 'heading' }),
      ...byFocus(bars, (d, className) => Plot.text(d, { x: 0, y: 'textY', text: (l: Line) => rowLabel(row(l), inner), textAnchor: 'start', className }), 'label'),
      ...byFocus(bars, (d, className) => Plot.rect(d, {
        x1: 0, x2: 'share', y1: 'barTop', y2: 'barBottom', fill: 'currentColor', className,
        // A <title> is the mark's hover tooltip; an aria-label on a shape without a role is invalid ARIA.
        title: (l: Line) => `${row(l).place}, ${row(l).period}: ${row(l).display}${row(l).change ? `, ${row(l).change}` : ''}`,
      }), ACCENT),
      ...byFocus(bars, (d, className) => Plot.text(d, { x: 'share', y: (l: Line) => (l.barTop + l.barBottom) / 2, text: (l: Line) => row(l).display, textAnchor: 'start', dx: 5, fontWeight: 'bold', className }), 'value'),
      ...byFocus(bars.filter((l) => row(l).change), (d, className) => Plot.text(d, { x: 0, y: 'changeY', text: (l: Line) => row(l).change, textAnchor: 'start', className }), 'change'),
      Plot.ruleX(bars.filter((l) => l.fromShare !== null), { x: 'fromShare', y1: (l: Line) => l.barTop - 3, y2: (l: Line) => l.barBottom + 3, stroke: 'currentColor', strokeWidth: 2, className: 'from' }),
    ],
  };
}
