/**
 * Which of a sentence's period phrases can date an event: those that resolve
 * to one whole day, month, calendar quarter or year. Running totals ("as of",
 * "so far"), halves, month ranges and day ranges cannot.
 */
import type { DatePrecision, Period } from '../../schema.ts';
import { findPeriods, type PeriodMention } from './periods.ts';
import { parsePubDate, pubEnd } from './period-rules.ts';
import { isoParts, lastDay } from '../calendar/calendar.ts';

/** A date phrase that can date an event. Offsets are relative to the sentence. */
export interface EventDate {
  date: { start: string; end: string; label: string };
  precision: DatePrecision;
  start: number;
  end: number;
}


/** How precisely a period names a date, or null when it is not one whole day, month, quarter or year. */
export function precisionOf(period: Period): DatePrecision | null {
  if (period.start === null) return null;
  if (period.start === period.end) return 'day';
  const [y1, m1, d1] = isoParts(period.start);
  const [y2, m2, d2] = isoParts(period.end);
  if (y1 !== y2 || d1 !== 1 || d2 !== lastDay(y2, m2)) return null;
  if (m1 === m2) return 'month';
  if (m2 === m1 + 2 && m1 % 3 === 1) return 'quarter';
  if (m1 === 1 && m2 === 12) return 'year';
  return null;
}

/**
 * "since the depot entered service in March" is a span up to publication;
 * the moment inside it ("in March") dates the event.
 */
function momentsInside(m: PeriodMention, published: string): PeriodMention[] {
  if (!/^since\b/i.test(m.period.label)) return [m];
  const inner = findPeriods(m.period.label.replace(/^since/i, '     '), published);
  return inner.map((i) => ({ ...i, start: m.start + i.start, end: m.start + i.end }));
}

/** A phrase matched inside a longer word ("in" + "nov" in "innovate") names no date. */
const insideWord = (sentence: string, m: PeriodMention) => /\p{L}/u.test(sentence[m.end] ?? '') || /\p{L}/u.test(sentence[m.start - 1] ?? '');

/**
 * The event dates in a sentence, from its period phrases (as `findPeriods`
 * returns them), dropping any that begins after publication.
 */
export function eventDates(sentence: string, mentions: readonly PeriodMention[], published: string): EventDate[] {
  const last = pubEnd(parsePubDate(published));
  const found: EventDate[] = [];
  for (const m of mentions.flatMap((x) => momentsInside(x, published))) {
    const precision = precisionOf(m.period);
    if (!precision || insideWord(sentence, m) || m.period.start! > last) continue;
    // Chrono's text may end with the comma after the day ("on Wednesday,").
    const label = m.period.label.replace(/[\s,;:]+$/, '');
    found.push({ date: { start: m.period.start!, end: m.period.end, label }, precision, start: m.start, end: m.end - (m.period.label.length - label.length) });
  }
  return found;
}
