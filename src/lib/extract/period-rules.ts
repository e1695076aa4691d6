/**
 * The period phrases the extractor understands, each a pattern and how to
 * resolve it against the publication date. Ordered most specific first: a
 * phrase claimed by an earlier rule is not read again by a later one.
 */
import type { Period } from '../../schema.ts';
import { memoLast } from '../memo/memo.ts';
import { NUMBER_WORDS } from './lexicon.ts';
import { isoDay, monthEnd } from '../calendar/calendar.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b\\.?`;
const YEAR_REF = String.raw`(this year|the year|last year|the previous year|(?:19|20)\d\d)`;
const MONTH_COUNT = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, three: 3, two: 2, '3': 3, '2': 2 };

export { isoDay, monthEnd } from '../calendar/calendar.ts';

/** The publication date split into parts; `day` is null for a month-only date. */
export interface PubDate {
  year: number;
  month: number;
  day: number | null;
}

/** Splits a `YYYY-MM-DD` or `YYYY-MM` publication date into parts. Every sentence of an article asks for the same date, so the last answer is kept. */
export const parsePubDate = memoLast((published: string): PubDate => {
  const [y, m, d] = published.split('-').map(Number);
  return Object.freeze({ year: y!, month: m!, day: d ?? null });
});

function yearOf(ref: string | undefined, pub: PubDate): number {
  if (!ref || /this year|the year/i.test(ref)) return pub.year;
  if (/last year|previous year/i.test(ref)) return pub.year - 1;
  return Number(ref);
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** The last day the publication date can stand for. */
export function pubEnd(pub: PubDate): string {
  return pub.day === null ? monthEnd(pub.year, pub.month) : isoDay(pub.year, pub.month, pub.day);
}

/** Of this year's and last year's end of `month`, the year of the one nearer the publication date. */
function nearerYear(month: number, pub: PubDate): number {
  const at = Date.parse(pubEnd(pub));
  const gap = (y: number) => Math.abs(Date.parse(monthEnd(y, month)) - at);
  return gap(pub.year) <= gap(pub.year - 1) ? pub.year : pub.year - 1;
}

/** A month named without a year is the latest such month up to publication. */
function yearOfMonth(month: number, ref: string | undefined, pub: PubDate): number {
  if (ref) return yearOf(ref, pub);
  return month > pub.month ? pub.year - 1 : pub.year;
}

/**
 * A rule: a global pattern and how to turn one match into a period.
 * `event` rules name a moment (a month, a day) when something happened,
 * which is not always the period a figure covers; span rules name one.
 */
export interface PeriodRule {
  re: RegExp;
  /** A quick test for a word the pattern cannot match without; the pattern is tried only where it passes. */
  needs: RegExp;
  event: boolean;
  resolve(m: RegExpExecArray, pub: PubDate): Omit<Period, 'label'> | null;
}

const rule = (needs: RegExp, source: string, event: boolean, resolve: PeriodRule['resolve']): PeriodRule => ({ re: new RegExp(source, 'gi'), needs, event, resolve });

const NEEDS_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const NEEDS_SINCE = /\bsince\b/i;
const NEEDS_MONTHS = /\bmonths\b/i;

/** since 2012 / since its launch in 2011: a span from then to publication. */
const SINCE_YEAR = rule(NEEDS_SINCE, String.raw`\bsince\s+(?:(?:its|the|their)\s+[^.;,\d]{0,40}?\b(?:in|from)\s+)?((?:19|20)\d\d)\b(?!\s*[-–])`, false, (m, pub) => ({ start: isoDay(Number(m[1]), 1, 1), end: pubEnd(pub) }));

export const PERIOD_RULES: readonly PeriodRule[] = [
  // the first half / first quarter / first three quarters / second half of <year>
  rule(/\b(?:quarters?|half)\b/i, String.raw`\b(?:the\s+)?(first|second|third|fourth)\s+(?:(three|two|3|2)\s+)?(quarters|quarter|half)(?:\s+of\s+${YEAR_REF})?`, false, (m, pub) => {
    const year = yearOf(m[4], pub);
    const n = ORDINAL[m[1]!.toLowerCase()]!;
    const months = m[3]!.toLowerCase() === 'half' ? 6 : 3;
    const first = m[2] ? 1 : (n - 1) * months + 1;
    const last = m[2] ? ORDINAL[m[2].toLowerCase()]! * months : n * months;
    return last > 12 ? null : { start: isoDay(year, first, 1), end: monthEnd(year, last) };
  }),
  // the first five months of this year / the first 10 months
  rule(NEEDS_MONTHS, String.raw`\b(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months(?:\s+of\s+${YEAR_REF})?`, false, (m, pub) => {
    const count = /^\d/.test(m[1]!) ? Number(m[1]) : MONTH_COUNT.indexOf(m[1]!.toLowerCase()) + 2;
    if (count < 1 || count > 12) return null;
    const year = yearOf(m[2], pub);
    return { start: isoDay(year, 1, 1), end: monthEnd(year, count) };
  }),
  // for 8 months of 2020: the first eight months of that year
  rule(NEEDS_MONTHS, String.raw`\b(?:for|in|during|over)\s+(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+${YEAR_REF}`, false, (m, pub) => {
    const count = /^\d/.test(m[1]!) ? Number(m[1]) : MONTH_COUNT.indexOf(m[1]!.toLowerCase()) + 2;
    if (count < 1 || count > 12) return null;
    const year = yearOf(m[2], pub);
    return { start: isoDay(year, 1, 1), end: monthEnd(year, count) };
  }),
  // 2021-2024 / from 2021 to 2024 / between 2021 and 2025 / 2024-25: whole years, first to last
  rule(/(?:19|20)\d\d\s*(?:[-–—]|to\b|through\b|until\b|and\b)/i, String.raw`\b(?:(?:from|between|in|during|over)\s+)?((?:19|20)\d\d)\s*(?:[-–—]\s*|\s(?:to|through|until)\s+|\s(?<=\b(?:between|from)\s+\S+\s)and\s+)((?:19|20)\d\d|\d\d)\b(?![-–.,]\d)`, false, (m) => {
    // "the fiscal year 2023-24" runs from a month that differs by country: no calendar span.
    if (/\b(?:fiscal|financial)\s+years?\s*$|\bFY\s*$/i.test(m.input.slice(Math.max(0, m.index - 20), m.index))) return null;
    const first = Number(m[1]);
    const last = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    return last <= first || last - first > 20 ? null : { start: isoDay(first, 1, 1), end: isoDay(last, 12, 31) };
  }),
  // From January to October this year / January-April 2024 / Jan-May / January through April / in January and February
  rule(NEEDS_MONTH, String.raw`\b(?:(?:from|between)\s+)?${MONTH}\s*(?:[-–—]|\s(?:to|through|thru|until|till)\s|(?<=\b(?:from|between|in|during)\s+\S+\s+)and\s)\s*${MONTH}(?:,?\s+(?:of\s+)?${YEAR_REF})?`, false, (m, pub) => {
    const year = yearOf(m[3], pub);
    const first = monthIndex(m[1]!);
    const last = monthIndex(m[2]!);
    return last < first ? null : { start: isoDay(year, first, 1), end: monthEnd(year, last) };
  }),
  // H1 2024 / 2024 H1 / H2 / Q1 / Q1-Q3 2024
  rule(/\b[HQ][1-4]\b/i, String.raw`\b(?:((?:19|20)\d\d)\s*)?(H[12]|Q[1-4](?:\s*[-–]\s*Q[1-4])?)\b(?:\s+(?:of\s+)?${YEAR_REF})?`, false, (m, pub) => {
    const year = m[1] ? Number(m[1]) : yearOf(m[3], pub);
    const [a, b] = m[2]!.toUpperCase().match(/[HQ]\d/g)!;
    const months = a!.startsWith('H') ? 6 : 3;
    const from = (Number(a![1]) - 1) * months + 1;
    const to = Number((b ?? a)![1]) * months;
    return to < from ? null : { start: isoDay(year, from, 1), end: monthEnd(year, to) };
  }),
  // As of the end of June this year
  // "By the end of December" in a November article is a deadline ahead, not last December.
  rule(NEEDS_MONTH, String.raw`\b(as of|by|up to|until|till)\s+the\s+end\s+of\s+${MONTH}(?:,?\s+(?:of\s+)?${YEAR_REF})?`, false, (m, pub) => {
    const month = monthIndex(m[2]!);
    // "By" a month with no year is the nearer of this year's and last year's: ahead in a November article, behind in a January one.
    const year = !m[3] && /^by$/i.test(m[1]!) ? nearerYear(month, pub) : yearOfMonth(month, m[3], pub);
    return { start: null, end: monthEnd(year, month) };
  }),
  // by May / as of June 2017: a running total up to that month's end
  rule(NEEDS_MONTH, String.raw`\b(by|as of|until|till)\s+${MONTH}(?:,?\s+(?:of\s+)?${YEAR_REF})?(?![.\s]*\d)`, false, (m, pub) => {
    const month = monthIndex(m[2]!);
    const year = !m[3] && /^by$/i.test(m[1]!) && month >= pub.month ? pub.year : yearOfMonth(month, m[3], pub);
    return { start: null, end: monthEnd(year, month) };
  }),
  // As of 2021 / by the end of 2023 / by the end of last year
  rule(/\b(?:as of|by|up to|until|till)\b/i, String.raw`\b(?:as of|by|up to|until|till)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d|last year|this year)\b`, false, (m, pub) => ({ start: null, end: `${yearOf(m[1], pub)}-12-31` })),
  // since the start of this year / since the beginning of 2025
  rule(NEEDS_SINCE, String.raw`\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:(?:this|the)\s+year|((?:19|20)\d\d))\b`, false, (m, pub) => ({ start: isoDay(m[1] ? Number(m[1]) : pub.year, 1, 1), end: pubEnd(pub) })),
  SINCE_YEAR,
  // since the park was put into production in September
  rule(NEEDS_SINCE, String.raw`\bsince\b[^.;]{0,80}?\b(?:in|from)\s+${MONTH}(?:,?\s+${YEAR_REF})?(?!\s+\d)`, false, (m, pub) => {
    const month = monthIndex(m[1]!);
    return { start: isoDay(yearOfMonth(month, m[2], pub), month, 1), end: pubEnd(pub) };
  }),
  // since September / since July 2022
  rule(NEEDS_SINCE, String.raw`\bsince\s+(?:(?:early|mid|late)(?:-|\s+))?${MONTH}(?:,?\s+${YEAR_REF})?(?!\s+\d)`, false, (m, pub) => {
    const month = monthIndex(m[1]!);
    return { start: isoDay(yearOfMonth(month, m[2], pub), month, 1), end: pubEnd(pub) };
  }),
  // in July 2022 / in early July / at the beginning of July
  rule(NEEDS_MONTH, String.raw`\b(?:in|during|at the (?:beginning|start|end) of|(?:in )?(?:early|mid|late)(?:-|\s+))\s*${MONTH}(?:,?\s+${YEAR_REF})?(?!\s+\d)`, true, (m, pub) => {
    const month = monthIndex(m[1]!);
    const year = yearOfMonth(month, m[2], pub);
    return { start: isoDay(year, month, 1), end: monthEnd(year, month) };
  }),
  // at the end of 2015 / at the beginning of last year: a moment, the year's last or first month
  rule(/\bat\s+the\b/i, String.raw`\bat\s+the\s+(end|beginning|start)\s+of\s+${YEAR_REF}`, true, (m, pub) => {
    const year = yearOf(m[2], pub);
    return /end/i.test(m[1]!) ? { start: isoDay(year, 12, 1), end: isoDay(year, 12, 31) } : { start: isoDay(year, 1, 1), end: monthEnd(year, 1) };
  }),
  // last month: the month before publication
  rule(/\blast\s+month\b/i, String.raw`\blast\s+month\b`, true, (_m, pub) => {
    const year = pub.month === 1 ? pub.year - 1 : pub.year;
    const month = pub.month === 1 ? 12 : pub.month - 1;
    return { start: isoDay(year, month, 1), end: monthEnd(year, month) };
  }),
  // up to now / so far / at present
  rule(/\b(?:now|so far|to date|at present|currently)\b/i, String.raw`\b(?:up to now|so far|to date|at present|as of now|currently)\b`, false, (_m, pub) => ({ start: null, end: pubEnd(pub) })),
  // "the 2023 China-Eurasia Expo": a year naming an edition of an event dates what the event did
  rule(/(?:19|20)\d\d/, String.raw`(?<=\bthe\s+)(?:19|20)\d\d(?=\s+\(?[A-Z])`, false, (m) => {
    // The pattern is case-blind; the edition's name must open with a capital ("the 2023 figure" is no edition).
    if (!/^\s+\(?[A-Z]/.test(m.input.slice(m.index + m[0].length))) return null;
    const year = Number(m[0]);
    return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) };
  }),
  // for the full year / in the whole year / for the year: the year of publication
  rule(/\bthe\s+(?:full\s+|whole\s+|entire\s+)?year\b/i, String.raw`\b(?:for\s+the\s+(?:(?:full|whole|entire)\s+)?year|(?:in|during|over|throughout)\s+the\s+(?:full|whole|entire)\s+year)\b(?!\s+(?:of|before|ago|(?:19|20)\d\d)\b)`, false, (_m, pub) => ({ start: isoDay(pub.year, 1, 1), end: isoDay(pub.year, 12, 31) })),
  // five years ago / a decade ago: the year that many years before publication
  rule(/\bago\b/i, String.raw`\b(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}|a)\s+(years|decades?)\s+ago\b`, false, (m, pub) => {
    const count = /^a$/i.test(m[1]!) ? 1 : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]));
    const years = count * (/^decade/i.test(m[2]!) ? 10 : 1);
    // "A year ago" is the comparison baseline of a change, read elsewhere.
    if (years < 2) return null;
    const year = pub.year - years;
    return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) };
  }),
  // this year / last year / in 2026
  rule(/\byear\b|(?:19|20)\d\d/i, String.raw`\b(?:(this|last|next) year|(?:in|during|for|of) ((?:19|20)\d\d))\b(?!\s*-)`, false, (m, pub) => {
    const year = m[2] ? Number(m[2]) : pub.year + ({ this: 0, last: -1, next: 1 }[m[1]!.toLowerCase()] ?? 0);
    return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) };
  }),
];

/**
 * Where in {@link PERIOD_RULES} named days (`on Saturday`, `July 16, 2022`)
 * are read: after the span rules, before the `since` rules, so `since July
 * 16, 2022` keeps its day.
 */
export const NAMED_DAYS_AT = PERIOD_RULES.indexOf(SINCE_YEAR);
