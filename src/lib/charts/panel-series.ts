/**
 * A series panel: one place's figures for the same measure over comparable
 * periods, on a true time scale. Each period's figure is a point on the
 * line; another value a source gave for the same period is a hollow dot, so
 * a disagreement shows instead of being averaged away. Values and periods are
 * printed where they fit; a label that would collide is left to the tooltip
 * and the data table, the latest always kept.
 */
import type { FactRow } from './fact-rows.ts';
import { FONT_SIZE } from './plot-defaults.ts';
import { addHeading, inFocus, LINE, MARGIN, textWidth, type Drawing, type TextItem } from './panel-drawing.ts';

const PLOT_HEIGHT = 120;

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });

/** A value as a point label: `6,195`, or `149.6B` once it is too long to print whole. */
export function pointLabel(value: number): string {
  return Math.abs(value) < 100_000 ? grouped.format(value) : compact.format(value);
}

/** Keeps the labels that do not collide, trying the last (latest) first. */
function placeLabels(labels: TextItem[]): TextItem[] {
  const kept: TextItem[] = [];
  const box = (t: TextItem) => ({ left: t.x - textWidth(t.text, t.size, t.bold) / 2 - 3, right: t.x + textWidth(t.text, t.size, t.bold) / 2 + 3, top: t.y - t.size / 2 - 2, bottom: t.y + t.size / 2 + 2 });
  for (const label of [...labels].reverse()) {
    const b = box(label);
    const clash = kept.some((k) => { const o = box(k); return b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom; });
    if (!clash) kept.push(label);
  }
  return kept.reverse();
}

/** Draws one series panel from `top`; returns the y below it. */
export function drawSeries(drawing: Drawing, rows: readonly FactRow[], top: number, width: number, focus: string | null): number {
  const focused = rows.some((r) => inFocus(r, focus));
  const y = addHeading(drawing, rows[0]!.panelLabel, top, width, focused);
  const inner = width - 2 * MARGIN;
  const onLine = rows.filter((r) => r.mark === 'line');
  const widest = Math.max(...onLine.flatMap((r) => [textWidth(r.period), textWidth(pointLabel(r.value), FONT_SIZE, true)]));
  const [left, right] = [MARGIN + widest / 2 + 4, MARGIN + inner - widest / 2 - 4];
  const times = rows.map((r) => Date.parse(r.periodEnd ?? ''));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const x = (r: FactRow) => (t1 === t0 ? (left + right) / 2 : left + ((Date.parse(r.periodEnd ?? '') - t0) / (t1 - t0)) * (right - left));
  const plotTop = y + LINE;
  const bottom = plotTop + PLOT_HEIGHT;
  const max = Math.max(...rows.map((r) => r.value), 0);
  const yOf = (v: number) => (max > 0 ? bottom - (Math.max(v, 0) / max) * PLOT_HEIGHT : bottom);

  drawing.rules.push({ x1: MARGIN, x2: MARGIN + inner, y1: bottom, y2: bottom, role: 'baseline' });
  for (const row of onLine) drawing.points.push({ line: row.panel, x: x(row), y: yOf(row.value), focused });
  for (const row of rows) {
    drawing.dots.push({ x: x(row), y: yOf(row.value), filled: row.mark === 'line', focused: inFocus(row, focus), title: `${row.place}, ${row.period}: ${row.display}${row.change ? `, ${row.change}` : ''} (${row.credit})` });
  }
  const values = onLine.map((row): TextItem => ({ x: x(row), y: yOf(row.value) - 12, text: pointLabel(row.value), size: FONT_SIZE, bold: true, anchor: 'middle', role: 'value', focused }));
  const periods = onLine.map((row): TextItem => ({ x: x(row), y: bottom + LINE / 2 + 3, text: row.period, size: FONT_SIZE, bold: false, anchor: 'middle', role: 'label', focused }));
  drawing.texts.push(...placeLabels(values), ...placeLabels(periods));
  return bottom + LINE + 12;
}
