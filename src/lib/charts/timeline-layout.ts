/**
 * Where each event of the timeline goes: a block per event (its date line,
 * then its text wrapped to the width), stacked top to bottom in date order.
 * Text is wrapped here, by character count, so every block's height is known
 * before drawing and no two blocks can overlap.
 */

/** Average glyph width at the chart's font size; generous, so a line never runs past the edge. */
export const GLYPH = 6.6;
/** Height of one text line, px. */
export const LINE = 16;
/** x of the spine and the dots, and of the text beside them, px. */
export const SPINE_X = 7;
export const TEXT_X = 22;
/** Space between two events, px; more where years are skipped. */
const GAP = 12;
const BREAK_GAP = 22;
const PAD = 4;

/** Splits text into lines of at most `max` characters, at spaces; a longer word is cut. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) lines.push(line);
      lines.push(word.slice(0, max));
      word = word.slice(max);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** One event's block. */
export interface Block<T> {
  row: T;
  /** y of the top of the date line, px. */
  top: number;
  /** y of the dot, centred on the date line, px. */
  dotY: number;
  /** The event text, wrapped. */
  lines: string[];
}

/** A stretch of the spine between two dots; `broken` when a year or more passes with no event. */
export interface Segment {
  y1: number;
  y2: number;
  broken: boolean;
}

/** The laid-out timeline: blocks, spine segments and total height. */
export interface Layout<T> {
  blocks: Block<T>[];
  segments: Segment[];
  height: number;
}

/** How many characters fit on a line of text at this chart width. */
export function lineChars(width: number): number {
  return Math.max(12, Math.floor((width - TEXT_X - 4) / GLYPH));
}

/**
 * Stacks the rows, in the order given.
 *
 * @param year the year of a row, for breaks in the spine
 */
export function layoutTimeline<T>(rows: readonly T[], text: (row: T) => string, year: (row: T) => number, width: number): Layout<T> {
  const max = lineChars(width);
  const blocks: Block<T>[] = [];
  const segments: Segment[] = [];
  let y = PAD;
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    const broken = prev !== undefined && year(row) - year(prev) > 1;
    if (prev !== undefined) y += broken ? BREAK_GAP : GAP;
    const block = { row, top: y, dotY: y + LINE / 2, lines: wrap(text(row), max) };
    const last = blocks.at(-1);
    if (last) segments.push({ y1: last.dotY, y2: block.dotY, broken });
    blocks.push(block);
    y += LINE * (1 + block.lines.length);
  });
  return { blocks, segments, height: y + PAD };
}
