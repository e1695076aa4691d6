/**
 * Number cards: a figure with nothing like it beside it is not a bar. Each
 * card prints what the figure measures, the figure large, its place and
 * period, the change the source gave with it (and the earlier level a
 * percentage implies, said to be implied), and its source. Cards sit in a
 * grid: one column on a phone, two where the chart is drawn wide.
 */
import type { FactRow } from './fact-rows.ts';
import { FONT_SIZE } from './plot-defaults.ts';
import { addWrapped, inFocus, LINE, MARGIN, textWidth, type Drawing } from './panel-drawing.ts';
import { isRatio } from './panels.ts';

/** Charts drawn at least this wide put two cards in a row. */
export const TWO_COLUMNS = 560;
const GUTTER = 16;
const PAD = 10;
const BIG = { max: 24, min: 15 };

/** The big figure's size: as large as fits the card, within {@link BIG}. */
export function bigSize(text: string, room: number): number {
  return Math.max(BIG.min, Math.min(BIG.max, Math.floor(room / textWidth(text, 1, true))));
}

/** Draws one card with its top-left at (`x`, `top`); returns its height. */
function drawCard(drawing: Drawing, row: FactRow, x: number, top: number, room: number, focus: string | null): number {
  const focused = inFocus(row, focus);
  drawing.rules.push({ x1: x, x2: x + room, y1: top, y2: top, role: 'card-rule' });
  let y = top + PAD + LINE / 2;
  y += addWrapped(drawing, row.panelLabel, x, y, room, { size: FONT_SIZE, bold: true, role: 'heading', focused }) * LINE;
  const size = bigSize(row.figure, room);
  // A line of text is about 1.2 em tall in the browser: the big figure gets that, and a gap.
  drawing.texts.push({ x, y: y + size * 0.5, text: row.figure, size, bold: true, anchor: 'start', role: 'number', focused });
  y += size * 1.2 + 6;
  const where = row.periodKind === 'none' ? row.place : `${row.place} · ${row.period}`;
  const lines = [
    { text: where, role: 'label' },
    // A growth rate's card already prints the growth as its figure. A level's card says its change as words, and the earlier level that implies, marked as implied.
    ...(row.changeWords && !isRatio(row) ? [{ text: row.changeWords, role: 'change' }] : []),
    ...(row.impliedWords && !isRatio(row) ? [{ text: row.impliedWords, role: 'implied' }] : []),
    { text: row.credit, role: 'credit' },
  ];
  for (const line of lines) y += addWrapped(drawing, line.text, x, y, room, { size: FONT_SIZE, bold: false, role: line.role, focused }) * LINE;
  return y - LINE / 2 - top + PAD;
}

/** Draws the cards from `top`, row by row; returns the y below them. */
export function drawCards(drawing: Drawing, rows: readonly FactRow[], top: number, width: number, focus: string | null): number {
  const columns = width >= TWO_COLUMNS ? 2 : 1;
  const inner = width - 2 * MARGIN;
  const room = (inner - GUTTER * (columns - 1)) / columns;
  let y = top;
  for (let i = 0; i < rows.length; i += columns) {
    const heights = rows.slice(i, i + columns).map((row, c) => drawCard(drawing, row, MARGIN + c * (room + GUTTER), y, room, focus));
    y += Math.max(...heights) + 6;
  }
  return y;
}
