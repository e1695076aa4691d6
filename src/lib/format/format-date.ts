import { dayLabel, monthLabel } from '../calendar/calendar.ts';

export { monthName } from '../calendar/calendar.ts';

/** `2024-02-29` → `29 February 2024`; `2023-11` → `November 2023`. */
export function formatPublished(published: string): string {
  const [y, m, d] = published.split('-').map(Number);
  return d === undefined ? monthLabel(y!, m ?? 1) : dayLabel(published);
}
