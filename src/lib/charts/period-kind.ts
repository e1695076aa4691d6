/**
 * The kind of a period: what two figures must share before one scale may
 * hold them. A half-year count beside a running total since 2015, or beside a
 * ten-month count, would draw a difference the sources never reported. So a
 * period is `none` (the source gave none), `running` (a total as of a date),
 * or its length: `6m` for a half-year, `12m` for a year, `10d` for ten days.
 */
import type { Period, UiLabels } from '../../schema.ts';
import { isoParts, lastDay } from '../calendar/calendar.ts';

/** A period's kind: `none`, `running`, `<n>m` (whole months) or `<n>d` (days). */
export type PeriodKind = string;

const DAY_MS = 86_400_000;

/** The kind of `period` (see the module comment). */
export function periodKind(period: Period | null): PeriodKind {
  if (!period) return 'none';
  if (period.start === null) return 'running';
  const [y1, m1, d1] = isoParts(period.start);
  const [y2, m2, d2] = isoParts(period.end);
  // Whole months when the period runs from a month's first day to a month's last.
  if (d1 === 1 && d2 === lastDay(y2, m2)) return `${(y2 - y1) * 12 + (m2 - m1) + 1}m`;
  const days = Math.round((Date.parse(period.end) - Date.parse(period.start)) / DAY_MS) + 1;
  return `${days}d`;
}

/** Words for a kind, from the site copy: `half-years`, `running totals`, `10-month periods`. */
export function periodKindLabel(kind: PeriodKind, labels: UiLabels['periodKinds']): string {
  if (kind === 'none') return labels.none;
  if (kind === 'running') return labels.running;
  const n = Number(kind.slice(0, -1));
  if (kind.endsWith('d')) return n === 1 ? labels.day : labels.days.replaceAll('{n}', String(n));
  const named: Readonly<Record<number, string>> = labels.named;
  return named[n] ?? labels.months.replaceAll('{n}', String(n));
}
