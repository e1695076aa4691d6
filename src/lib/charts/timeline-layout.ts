/**
 * Where each event of the timeline goes, on a true time scale: a dot on the
 * spine at its date, and beside it a block (the date, then the editor's label
 * wrapped to the width). Events close in time would stack their blocks on
 * one another, so a block moves down as far as it must and a leader joins it
 * to its dot. Years are ticked on the spine's left where they fit.
 *
 * A stretch of more than {@link BREAK_DAYS} with no event (2013 to 2022) is
 * not drawn to scale, which would leave the rest crammed into a corner: it
 * is cut to a short dashed break, with no ticks in it, so the reader sees
 * the cut. Between breaks, equal times are equal lengths.
 */
import { FONT_SIZE } from './plot-defaults.ts';
import { charsIn, LABEL_EM } from './text-metrics.ts';
import { wrap } from './wrap-words.ts';

/** Height of one text line, px. */
export const LINE = 17;
/** x of the spine and the dots, and of the text beside them, px. */
export const SPINE_X = 44;
export const TEXT_X = 62;
/** Space between two blocks, px. */
const GAP = 10;
const PAD = 10;
const DAY_MS = 86_400_000;
/** A gap between two events longer than this (two years) is drawn as a break. */
export const BREAK_DAYS = 730;
/** The length of a break on the spine, px. */
const BREAK_PX = 36;

/** One event's block. */
export interface Block<T> {
  row: T;
  /** y of the dot: the event's date on the time scale, px. */
  dotY: number;
  /** y of the top of the date line, px: at the dot, or lower when an earlier block is in the way. */
  top: number;
  /** The label, wrapped. */
  lines: string[];
}

/** A year's tick on the spine. */
export interface Tick { year: number; y: number }

/** A stretch of the spine; `broken` when it is a cut, not to scale. */
export interface Segment { y1: number; y2: number; broken: boolean }

/** The laid-out timeline. */
export interface Layout<T> {
  blocks: Block<T>[];
  ticks: Tick[];
  /** The spine, from the earliest date to the latest, in stretches. */
  segments: Segment[];
  height: number;
}

/** How many characters fit on a line of text at this chart width. */
export function lineChars(width: number): number {
  return Math.max(12, charsIn(width - TEXT_X - 4, FONT_SIZE, LABEL_EM));
}

const time = (iso: string) => Date.parse(iso);

/**
 * Lays the rows out, in date order.
 *
 * @param date the ISO date a row's dot marks
 * @param label the row's label, wrapped under its date
 */
export function layoutTimeline<T>(rows: readonly T[], date: (row: T) => string, label: (row: T) => string, width: number): Layout<T> {
  const max = lineChars(width);
  const wrapped = rows.map((row) => wrap(label(row), max));
  const heights = wrapped.map((lines) => LINE * (1 + lines.length));
  const times = rows.map((row) => time(date(row)));
  // The time axis is about as long as the blocks stacked, so blocks stay near their dates.
  const scale = timeScale(times, Math.max(160, heights.reduce((sum, h) => sum + h + GAP, 0) * 0.85));
  const yOf = (t: number) => PAD + LINE / 2 + scale.at(t);
  const blocks: Block<T>[] = [];
  let bottom = 0;
  rows.forEach((row, i) => {
    const dotY = yOf(times[i]!);
    const top = Math.max(dotY - LINE / 2, bottom + (blocks.length ? GAP : 0));
    blocks.push({ row, dotY, top, lines: wrapped[i]! });
    bottom = top + heights[i]!;
  });
  const ticks: Tick[] = [];
  // A break's first year is ticked at its start; inside a break nothing is.
  for (const [a, b] of scale.spans.map((s) => [s.t0, s.broken ? s.t0 : s.t1] as const)) {
    for (let year = new Date(a).getUTCFullYear(); year <= new Date(b).getUTCFullYear(); year += 1) {
      const t = Math.max(time(`${year}-01-01`), a);
      const y = yOf(t);
      if (t <= b && !ticks.some((k) => k.year === year) && (!ticks.length || y - ticks.at(-1)!.y >= LINE)) ticks.push({ year, y });
    }
  }
  const segments = scale.spans.map((s) => ({ y1: yOf(s.t0), y2: yOf(s.t1), broken: s.broken }));
  const end = segments.at(-1)?.y2 ?? yOf(times[0] ?? 0);
  return { blocks, ticks, segments, height: Math.ceil(Math.max(bottom, end) + PAD) };
}

interface Span { t0: number; t1: number; broken: boolean }

/**
 * A piecewise-linear scale over the sorted event times: gaps longer than
 * {@link BREAK_DAYS} become breaks of {@link BREAK_PX}; the rest share
 * `length` in proportion to their time.
 */
function timeScale(times: readonly number[], length: number): { at: (t: number) => number; spans: Span[] } {
  const sorted = [...new Set(times)].sort((a, b) => a - b);
  const spans: Span[] = sorted.slice(1).map((t1, i) => ({ t0: sorted[i]!, t1, broken: t1 - sorted[i]! > BREAK_DAYS * DAY_MS }));
  const breaks = spans.filter((s) => s.broken).length;
  const scaled = spans.filter((s) => !s.broken).reduce((sum, s) => sum + s.t1 - s.t0, 0);
  const perMs = scaled > 0 ? Math.max(length - breaks * BREAK_PX, 0) / scaled : 0;
  const starts: number[] = [];
  let y = 0;
  for (const s of spans) {
    starts.push(y);
    y += s.broken ? BREAK_PX : (s.t1 - s.t0) * perMs;
  }
  const at = (t: number) => {
    const i = spans.findIndex((s) => t <= s.t1);
    if (i < 0) return y;
    const s = spans[i]!;
    const within = s.broken ? (t === s.t1 ? BREAK_PX : 0) : (t - s.t0) * perMs;
    return starts[i]! + within;
  };
  return { at, spans };
}

