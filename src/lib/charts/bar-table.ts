/**
 * A bar table: rows grouped under headings, each row a label line and a bar
 * with its value printed at the end. Bars scale within their group only, and
 * there is no shared axis, so planned, contracted and in-place money (or
 * trains and percentages) never share an unlabelled scale.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { ChartOptions } from './chart-types.ts';
import type { FactRow } from './fact-rows.ts';
import { ACCENT, DIM, baseSpec } from './plot-defaults.ts';

/** Height of one row band: a label line above a bar. */
const ROW = 42;
/** Bars end at most here (share of the plot width), leaving room for the value. */
const BAR_SPAN = 0.55;

interface Line {
  key: string;
  group: string;
  row: FactRow | null;
  share: number;
  fromShare: number | null;
  focused: boolean;
}

/** A row's group key: rows of one measure and unit share a group. */
export function groupKey(row: FactRow): string {
  return `${row.measure}|${row.unit}`;
}

/** Whether the story step's focus names this row (its fact, a place or its measure). */
export function inFocus(row: FactRow, focus: string | null): boolean {
  return focus === null || row.id === focus || row.measure === focus || row.placeIds.includes(focus);
}

/** The lines of the table: a heading line per group, then its rows. */
export function barLines(rows: readonly FactRow[], focus: string | null): Line[] {
  const groups = new Map<string, FactRow[]>();
  for (const row of rows) groups.set(groupKey(row), [...(groups.get(groupKey(row)) ?? []), row]);
  const units = new Map<string, Set<string>>();
  for (const row of rows) units.set(row.measure, (units.get(row.measure) ?? new Set()).add(row.unit));
  const lines: Line[] = [];
  for (const [key, members] of groups) {
    const first = members[0]!;
    const heading = units.get(first.measure)!.size > 1 ? `${first.measureLabel} (${first.unit})` : first.measureLabel;
    lines.push({ key: `group:${key}`, group: heading, row: null, share: 0, fromShare: null, focused: true });
    const max = Math.max(...members.map((r) => Math.max(r.value, r.from ?? 0)));
    for (const row of members) {
      lines.push({
        key: `row:${row.id}:${lines.length}`,
        group: heading,
        row,
        share: max > 0 ? Math.max(row.value, 0) / max : 0,
        fromShare: row.from !== null && max > 0 ? row.from / max : null,
        focused: inFocus(row, focus),
      });
    }
  }
  return lines;
}

/** Average glyph width at the chart's font size, for fitting labels; generous so text never collides. */
const GLYPH = 6.6;

/** `Kashgar EDZ · H1 2022`, shortened with an ellipsis when it would run into the value. */
function rowLabel(row: FactRow, width: number): string {
  const full = `${row.place} · ${row.period}`;
  const room = Math.floor((width - row.display.length * GLYPH - 16) / GLYPH);
  if (full.length <= room) return full;
  const place = row.place.slice(0, Math.max(room - row.period.length - 4, 4)).trimEnd();
  return `${place}… · ${row.period}`;
}

/** Marks split by focus, so dimmed rows get their class without one mark per row. */
function byFocus(lines: Line[], mark: (subset: Line[], className: string) => Plot.Markish, base: string): Plot.Markish[] {
  const focused = lines.filter((l) => l.focused);
  const dimmed = lines.filter((l) => !l.focused);
  return [mark(focused, base), ...(dimmed.length ? [mark(dimmed, `${base} ${DIM}`)] : [])];
}

/** The Plot spec of a bar table. */
export function barTableSpec(rows: readonly FactRow[], options: ChartOptions): PlotOptions {
  const lines = barLines(rows, options.focus);
  const headings = lines.filter((l) => l.row === null);
  const bars = lines.filter((l) => l.row !== null);
  const row = (l: Line) => l.row!;
  const right = 1 / BAR_SPAN;
  return {
    ...baseSpec(options),
    height: lines.length * ROW + 8,
    marginTop: 4,
    marginBottom: 4,
    marginLeft: 2,
    marginRight: 2,
    x: { domain: [0, right], axis: null },
    y: { domain: lines.map((l) => l.key), axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.text(headings, { x: 0, y: 'key', text: 'group', textAnchor: 'start', dy: 8, fontWeight: 'bold', className: 'heading' }),
      ...byFocus(bars, (d, className) => Plot.text(d, { x: 0, y: 'key', text: (l: Line) => rowLabel(row(l), options.width), textAnchor: 'start', dy: -8, className }), 'label'),
      ...byFocus(bars, (d, className) => Plot.text(d, { x: right, y: 'key', text: (l: Line) => row(l).display, textAnchor: 'end', dy: -8, fontWeight: 'bold', className }), 'value'),
      ...byFocus(bars, (d, className) => Plot.barX(d, {
        x1: 0, x2: 'share', y: 'key', insetTop: 22, insetBottom: 6, fill: 'currentColor', className,
        ariaLabel: (l: Line) => `${row(l).place}, ${row(l).period}: ${row(l).display}${row(l).change ? `, ${row(l).change}` : ''}`,
      }), ACCENT),
      ...byFocus(bars.filter((l) => row(l).change), (d, className) => Plot.text(d, { x: 'share', y: 'key', text: (l: Line) => row(l).change, textAnchor: 'start', dx: 5, dy: 7, className }), 'change'),
      Plot.tickX(bars.filter((l) => l.fromShare !== null), { x: 'fromShare', y: 'key', insetTop: 19, insetBottom: 3, stroke: 'currentColor', strokeWidth: 2, className: 'from' }),
    ],
  };
}
