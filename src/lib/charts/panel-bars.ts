/**
 * A bar panel: two or more like figures on one scale. Each row is a label
 * line (place · period), a bar with the figure printed after it, and, when
 * the source reported a change, a line for that. There is no axis: every
 * value is printed, and the scale is the panel's own.
 */
import type { FactRow } from './fact-rows.ts';
import { FONT_SIZE } from './plot-defaults.ts';
import { addHeading, fitText, inFocus, LINE, MARGIN, textWidth, type Drawing } from './panel-drawing.ts';

const BAR = 14;
const GAP = 10;

/**
 * The label of each row: `Horgos · H1 2022`, without the period when the
 * panel's figures have none (its heading says so once), and with the credit
 * when two rows would otherwise read the same.
 */
export function barLabels(rows: readonly FactRow[]): string[] {
  const base = rows.map((r) => (r.periodKind === 'none' ? r.place : `${r.place} · ${r.period}`));
  const seen = new Map<string, number>();
  for (const label of base) seen.set(label, (seen.get(label) ?? 0) + 1);
  return base.map((label, i) => ((seen.get(label) ?? 0) > 1 ? `${label} · ${rows[i]!.credit}` : label));
}

/**
 * How much of the width the longest bar may take: the rest holds the longest
 * figure printed after it. Never less than a quarter, never more than two thirds.
 */
export function barSpan(rows: readonly FactRow[], width: number): number {
  const longest = Math.max(0, ...rows.map((r) => textWidth(r.figure, FONT_SIZE, true)));
  return Math.min(2 / 3, Math.max(1 / 4, (width - longest - 12) / width));
}

/** Draws one bar panel from `top`; returns the y below it. */
export function drawBars(drawing: Drawing, rows: readonly FactRow[], top: number, width: number, focus: string | null): number {
  const inner = width - 2 * MARGIN;
  let y = addHeading(drawing, rows[0]!.panelLabel, top, width, rows.some((r) => inFocus(r, focus)));
  const max = Math.max(...rows.map((r) => Math.max(r.value, r.from ?? 0)));
  const span = barSpan(rows, inner) * inner;
  const labels = barLabels(rows);
  rows.forEach((row, i) => {
    const focused = inFocus(row, focus);
    const share = max > 0 ? Math.max(row.value, 0) / max : 0;
    const labelY = y + LINE / 2;
    const barTop = y + LINE + 2;
    const x2 = MARGIN + Math.max(share * span, 1);
    drawing.texts.push({ x: MARGIN, y: labelY, text: fitText(labels[i]!, inner), size: FONT_SIZE, bold: false, anchor: 'start', role: 'label', focused });
    drawing.rects.push({ x1: MARGIN, x2, y1: barTop, y2: barTop + BAR, focused, title: `${labels[i]}: ${row.display}${row.change ? `, ${row.change}` : ''}` });
    drawing.texts.push({ x: x2 + 5, y: barTop + BAR / 2, text: row.figure, size: FONT_SIZE, bold: true, anchor: 'start', role: 'value', focused });
    if (row.from !== null && max > 0) {
      const x = MARGIN + (row.from / max) * span;
      drawing.rules.push({ x1: x, x2: x, y1: barTop - 3, y2: barTop + BAR + 3, role: 'from' });
    }
    y = barTop + BAR;
    if (row.change) {
      drawing.texts.push({ x: MARGIN, y: y + LINE / 2 + 1, text: fitText(row.change, inner), size: FONT_SIZE, bold: false, anchor: 'start', role: 'change', focused });
      y += LINE;
    }
    y += GAP;
  });
  return y;
}
