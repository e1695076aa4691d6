/**
 * What a panel chart draws, in pixels: texts, bars, lines, dots and rules,
 * laid out by `panel-bars.ts`, `panel-cards.ts` and `panel-series.ts` and
 * turned into Plot marks by `panel-spec.ts`. Pixel geometry is computed here
 * rather than by Plot's scales, so each panel keeps its own scale and the
 * layout can be checked for overlapping labels without a browser.
 */
import { CHART_EM, charsIn, estimateWidth, type TextWeight } from './text-metrics.ts';
import type { FactRow } from './fact-rows.ts';
import { FONT_SIZE } from './plot-defaults.ts';
import { wrap } from './wrap-words.ts';

/** A text; `y` is its vertical middle (Plot's default line anchor). `role` is its CSS class. */
export interface TextItem { x: number; y: number; text: string; size: number; bold: boolean; anchor: 'start' | 'middle' | 'end'; role: string; focused: boolean }
/** A bar; `title` is its tooltip. */
export interface RectItem { x1: number; x2: number; y1: number; y2: number; title: string; focused: boolean }
/** A point on a series line; points of one `line` are joined in order. */
export interface LinePoint { line: string; x: number; y: number; focused: boolean }
/** A point of a series: filled on the line, hollow for another value a source gave for the same period. */
export interface DotItem { x: number; y: number; title: string; filled: boolean; focused: boolean }
/** A thin rule: a baseline, a card's top edge, the start of a `from … to …` change. */
export interface RuleItem { x1: number; y1: number; x2: number; y2: number; role: string }

/** Everything a panel chart draws, and its height. */
export interface Drawing { texts: TextItem[]; rects: RectItem[]; points: LinePoint[]; dots: DotItem[]; rules: RuleItem[]; height: number }

export const emptyDrawing = (): Drawing => ({ texts: [], rects: [], points: [], dots: [], rules: [], height: 0 });

/** Space between the SVG's edge and what it draws. */
export const MARGIN = 2;
/** Height of a panel heading's line. */
export const HEADING = 28;
/** Height of a line of chart text. */
export const LINE = 18;

const weight = (bold: boolean): TextWeight => (bold ? 'bold' : 'regular');

/** A chart text's width, estimated generously ({@link CHART_EM}). */
export function textWidth(text: string, size = FONT_SIZE, bold = false): number {
  return estimateWidth(text, size, CHART_EM, weight(bold));
}

/** `text`, shortened with an ellipsis to fit `room` px. */
export function fitText(text: string, room: number, size = FONT_SIZE, bold = false): string {
  if (textWidth(text, size, bold) <= room) return text;
  const chars = Math.max(charsIn(room, size, CHART_EM, weight(bold)) - 1, 3);
  return `${text.slice(0, chars).trimEnd()}…`;
}

/** Whether the story step's focus names this row (its fact, a place or its measure). */
export function inFocus(row: FactRow, focus: string | null): boolean {
  return focus === null || row.id === focus || row.measure === focus || row.placeIds.includes(focus);
}

/** Adds `text` in lines wrapped to `room` px, the first baseline at `y`; returns the number of lines. */
export function addWrapped(drawing: Drawing, text: string, x: number, y: number, room: number, item: Pick<TextItem, 'size' | 'bold' | 'role' | 'focused'>): number {
  const lines = wrap(text, Math.max(charsIn(room, item.size, CHART_EM, weight(item.bold)), 8));
  lines.forEach((line, i) => drawing.texts.push({ ...item, x, y: y + i * LINE, text: line, anchor: 'start' }));
  return lines.length;
}

/** Adds a bold panel heading at `top`, wrapped to the width; returns the y below it. */
export function addHeading(drawing: Drawing, text: string, top: number, width: number, focused: boolean): number {
  const lines = addWrapped(drawing, text, MARGIN, top + HEADING / 2 + 4, width - 2 * MARGIN, { size: FONT_SIZE, bold: true, role: 'heading', focused });
  return top + HEADING + (lines - 1) * LINE;
}
