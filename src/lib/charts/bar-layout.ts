/**
 * Where each line of a bar table goes, in pixels. A row is a label line
 * (place · period), a bar with its value after it, and, when the source
 * reported a change, a third line for it. Computing this here rather than
 * in Plot's band scale lets rows differ in height, so nothing is squeezed
 * onto a line it does not fit.
 */
import type { FactRow } from './fact-rows.ts';

/** Generous average glyph width at the chart font size (13 px), so estimates err toward space. */
export const GLYPH = 7.2;
/** The same for bold text, which the values are set in. */
const BOLD_GLYPH = 8;
const HEADING = 28;
const LABEL = 17;
const BAR = 14;
const CHANGE = 17;
const GAP = 10;

/** One line of the table: a group heading, or a row with its geometry. */
export interface Line {
  key: string;
  /** The group heading this line belongs to. */
  group: string;
  row: FactRow | null;
  /** Baseline-centre of the heading or label text. */
  textY: number;
  barTop: number;
  barBottom: number;
  /** Centre of the change line, when there is one. */
  changeY: number;
  /** Bar length as a share of the group's largest value. */
  share: number;
  /** Where a `from … to …` change started, as a share; null otherwise. */
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

/** The lines of the table, top to bottom, and the total height. */
export function barLayout(rows: readonly FactRow[], focus: string | null): { lines: Line[]; height: number } {
  const groups = new Map<string, FactRow[]>();
  for (const row of rows) groups.set(groupKey(row), [...(groups.get(groupKey(row)) ?? []), row]);
  const units = new Map<string, Set<string>>();
  for (const row of rows) units.set(row.measure, (units.get(row.measure) ?? new Set()).add(row.unit));
  const lines: Line[] = [];
  let y = 0;
  for (const [key, members] of groups) {
    const first = members[0]!;
    const heading = units.get(first.measure)!.size > 1 ? `${first.measureLabel} (${first.unit})` : first.measureLabel;
    lines.push({ key: `group:${key}`, group: heading, row: null, textY: y + HEADING / 2 + 4, barTop: 0, barBottom: 0, changeY: 0, share: 0, fromShare: null, focused: true });
    y += HEADING;
    const max = Math.max(...members.map((r) => Math.max(r.value, r.from ?? 0)));
    for (const row of members) {
      const textY = y + LABEL / 2;
      const barTop = y + LABEL + 2;
      const barBottom = barTop + BAR;
      const changeY = barBottom + CHANGE / 2 + 1;
      lines.push({
        key: `row:${row.id}:${lines.length}`, group: heading, row, textY, barTop, barBottom, changeY,
        share: max > 0 ? Math.max(row.value, 0) / max : 0,
        fromShare: row.from !== null && max > 0 ? row.from / max : null,
        focused: inFocus(row, focus),
      });
      y = barBottom + (row.change ? CHANGE : 0) + GAP;
    }
  }
  return { lines, height: Math.ceil(y) };
}

/** `Kashgar EDZ · H1 2022`, the place shortened with an ellipsis when the line would overflow `width`. */
export function rowLabel(row: FactRow, width: number): string {
  const full = `${row.place} · ${row.period}`;
  const room = Math.floor(width / GLYPH);
  if (full.length <= room) return full;
  const place = row.place.slice(0, Math.max(room - row.period.length - 4, 4)).trimEnd();
  return `${place}… · ${row.period}`;
}

/**
 * How much of the width the longest bar may take: the rest holds the
 * longest value printed after it. Never less than a quarter, never more than
 * two thirds.
 */
export function barSpan(rows: readonly FactRow[], width: number): number {
  const longest = Math.max(0, ...rows.map((r) => r.display.length));
  return Math.min(2 / 3, Math.max(1 / 4, (width - longest * BOLD_GLYPH - 12) / width));
}
