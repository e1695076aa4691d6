/**
 * A period as a short label for chart rows and tables, from its dates rather
 * than the source's words: `H1 2022`, `Q1 2024`, `Jan–Oct 2023`,
 * `to 30 June 2022` for a running total. The source's own words stay in the
 * quote and in `period.label`.
 */
import type { Period } from '../../schema.ts';
import { dayLabel, isoParts, lastDay, monthLabel, monthName, quarterLabel, quarterOf } from '../calendar/calendar.ts';


interface Ymd { y: number; m: number; d: number }

function parts(iso: string): Ymd {
  const [y, m, d] = isoParts(iso);
  return { y, m, d };
}

/** Months in a span are abbreviated (`Jan–Jun 2022`); a single month or day is written out. */
const month = (m: number) => monthName(m, 'short');

/** `2022-06-30` → `30 June 2022`: the site's one day style. */
export const formatDay = dayLabel;

/** The span between two whole months, or null when the days are not month bounds. */
function monthSpan(start: Ymd, end: Ymd): string | null {
  if (start.d !== 1 || end.d !== lastDay(end.y, end.m)) return null;
  if (start.y === end.y) {
    if (start.m === 1 && end.m === 12) return String(start.y);
    if (start.m === 1 && end.m === 6) return `H1 ${start.y}`;
    if (start.m === 7 && end.m === 12) return `H2 ${start.y}`;
    if ((start.m - 1) % 3 === 0 && end.m === start.m + 2) return quarterLabel(quarterOf(start.m), start.y);
    if (start.m === end.m) return monthLabel(start.y, start.m);
    return `${month(start.m)}–${month(end.m)} ${start.y}`;
  }
  if (start.m === 1 && end.m === 12) return `${start.y}–${end.y}`;
  return `${month(start.m)} ${start.y}–${month(end.m)} ${end.y}`;
}

/**
 * A short label for a period. `notStated` is what to print when there is
 * none; it comes from the site copy, so this module holds no prose.
 */
export function formatPeriod(period: Period | null, words: { notStated: string; until: string }): string {
  if (!period) return words.notStated;
  if (period.start === null) return `${words.until} ${formatDay(period.end)}`;
  if (period.start === period.end) return formatDay(period.end);
  return monthSpan(parts(period.start), parts(period.end)) ?? daySpan(period.start, period.end);
}

/** `12–15 July 2022` within a month, else both days in full. */
function daySpan(start: string, end: string): string {
  const [a, b] = [parts(start), parts(end)];
  return a.y === b.y && a.m === b.m ? `${a.d}–${dayLabel(end)}` : `${formatDay(start)}–${formatDay(end)}`;
}
