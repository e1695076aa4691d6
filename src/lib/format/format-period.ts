/**
 * A period as a short label for chart rows and tables, from its dates rather
 * than the source's words: `H1 2022`, `Q1 2024`, `Jan–Oct 2023`,
 * `to 30 Jun 2022` for a running total. The source's own words stay in the
 * quote and in `period.label`.
 */
import type { Period } from '../../schema.ts';
import { monthName } from './format-date.ts';


interface Ymd { y: number; m: number; d: number }

function parts(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const month = (m: number) => monthName(m, 'short');

/** `2022-06-30` → `30 Jun 2022`. */
export function formatDay(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${month(m)} ${y}`;
}

/** The span between two whole months, or null when the days are not month bounds. */
function monthSpan(start: Ymd, end: Ymd): string | null {
  if (start.d !== 1 || end.d !== lastDay(end.y, end.m)) return null;
  if (start.y === end.y) {
    if (start.m === 1 && end.m === 12) return String(start.y);
    if (start.m === 1 && end.m === 6) return `H1 ${start.y}`;
    if (start.m === 7 && end.m === 12) return `H2 ${start.y}`;
    if ((start.m - 1) % 3 === 0 && end.m === start.m + 2) return `Q${(start.m + 2) / 3} ${start.y}`;
    if (start.m === end.m) return `${month(start.m)} ${start.y}`;
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
  return monthSpan(parts(period.start), parts(period.end)) ?? `${formatDay(period.start)}–${formatDay(period.end)}`;
}
