/**
 * The calendar, in one place: ISO days, month ends, quarters, and how a day
 * or a month is written for readers. Month names come from the platform's
 * locale data (Intl), in English, so no module keeps its own list.
 */
const LONG = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024, 2, 9` → `2024-02-09`. */
export const isoDay = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** The last day of month `m` (1–12) of year `y`: 28 to 31. */
export const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The ISO date of the last day of a month. */
export const monthEnd = (y: number, m: number): string => isoDay(y, m, lastDay(y, m));

/** `2022-06-30` → `[2022, 6, 30]`. */
export const isoParts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

/** `7` → `July`; `short` gives `Jul`. */
export function monthName(month: number, style: 'long' | 'short' = 'long'): string {
  return (style === 'long' ? LONG : SHORT).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** The quarter (1–4) a month falls in. */
export const quarterOf = (month: number): number => Math.ceil(month / 3);

/** `Q3 2023`. */
export const quarterLabel = (quarter: number, year: number): string => `Q${quarter} ${year}`;

/** `July 2022`. */
export const monthLabel = (year: number, month: number): string => `${monthName(month)} ${year}`;

/** The one way a day is written: `2022-07-16` → `16 July 2022`. */
export function dayLabel(iso: string): string {
  const [y, m, d] = isoParts(iso);
  return `${d} ${monthName(m)} ${y}`;
}
