/**
 * The period a figure covers, resolved against the article's publication
 * date: halves, quarters, month ranges, "as of", "this year", named days.
 * Returns null when the sentence names no period: it never guesses.
 */
import * as chrono from 'chrono-node';
import type { Period } from '../../schema.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const YEAR_REF = String.raw`(this year|the year|last year|the previous year|(?:19|20)\d\d)`;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, three: 3, two: 2 };

/** Phrases that name a comparison, not the period of the figure. */
const COMPARISON_RE = /(?:over|from|than|compared with|compared to)\s+the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year|the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year|year\s*-\s*on\s*-\s*year|a\s+year\s+(?:earlier|ago)|(?:that|those)\s+of\s+(?:the\s+)?last\s+year(?:\s+in\s+the\s+same\s+period)?/gi;

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (y: number, m: number) => day(y, m, lastDay(y, m));

/** The publication date split into parts; `day` is null for a month-only date. */
export interface PubDate {
  year: number;
  month: number;
  day: number | null;
}

export function parsePubDate(published: string): PubDate {
  const [y, m, d] = published.split('-').map(Number);
  return { year: y!, month: m!, day: d ?? null };
}

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
function pubEnd(pub: PubDate): string {
  return pub.day === null ? monthEnd(pub.year, pub.month) : day(pub.year, pub.month, pub.day);
}

type Rule = (text: string, pub: PubDate) => Period | null;

const rules: Rule[] = [
  // the first half / first quarter / first three quarters / second half of <year>
  (text, pub) => {
    const m = new RegExp(String.raw`\b(?:the\s+)?(first|second|third|fourth)\s+(?:(three|two)\s+)?(quarters|quarter|half)(?:\s+of\s+${YEAR_REF})?`, 'i').exec(text);
    if (!m) return null;
    const year = yearOf(m[4], pub);
    const n = ORDINAL[m[1]!.toLowerCase()]!;
    const count = m[2] ? ORDINAL[m[2].toLowerCase()]! : 1;
    const months = m[3]!.toLowerCase() === 'half' ? 6 : 3;
    const first = m[2] ? 1 : (n - 1) * months + 1;
    const last = m[2] ? count * months : n * months;
    if (last > 12) return null;
    return { start: day(year, first, 1), end: monthEnd(year, last), label: m[0] };
  },
  // From January to October this year
  (text, pub) => {
    const m = new RegExp(String.raw`\b(?:from|between)\s+${MONTH}\s+(?:to|through|and|until)\s+${MONTH}(?:,?\s+(?:of\s+)?${YEAR_REF})?`, 'i').exec(text);
    if (!m) return null;
    const year = yearOf(m[3], pub);
    return { start: day(year, monthIndex(m[1]!), 1), end: monthEnd(year, monthIndex(m[2]!)), label: m[0] };
  },
  // As of the end of June this year
  (text, pub) => {
    const m = new RegExp(String.raw`\b(?:as of|by|up to|until|till)\s+the\s+end\s+of\s+${MONTH}(?:,?\s+(?:of\s+)?${YEAR_REF})?`, 'i').exec(text);
    if (!m) return null;
    return { start: null, end: monthEnd(yearOf(m[2], pub), monthIndex(m[1]!)), label: m[0] };
  },
  // As of 2021 / by the end of 2023
  (text) => {
    const m = /\b(?:as of|by|up to|until|till)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b/i.exec(text);
    return m ? { start: null, end: `${m[1]}-12-31`, label: m[0] } : null;
  },
  // since the start of this year
  (text, pub) => {
    const m = /\bsince\s+the\s+(?:start|beginning)\s+of\s+(this|the)\s+year\b/i.exec(text);
    return m ? { start: day(pub.year, 1, 1), end: pubEnd(pub), label: m[0] } : null;
  },
  // a named day: On July 16, 2022; on Saturday; As of Tuesday
  (text, pub) => namedDay(text, pub),
  // since September / since July 2022
  (text, pub) => {
    const m = new RegExp(String.raw`\bsince\s+(?:(?:early|mid|late)(?:-|\s+))?${MONTH}(?:,?\s+${YEAR_REF})?(?!\s+\d)`, 'i').exec(text);
    if (!m) return null;
    const month = monthIndex(m[1]!);
    const year = m[2] ? yearOf(m[2], pub) : month > pub.month ? pub.year - 1 : pub.year;
    return { start: day(year, month, 1), end: pubEnd(pub), label: m[0] };
  },
  // in July 2022 / in early July / at the beginning of July
  (text, pub) => {
    const m = new RegExp(String.raw`\b(?:in|during|at the (?:beginning|start|end) of|(?:in )?(?:early|mid|late)(?:-|\s+))\s*${MONTH}(?:,?\s+${YEAR_REF})?(?!\s+\d)`, 'i').exec(text);
    if (!m) return null;
    const month = monthIndex(m[1]!);
    const year = m[2] ? yearOf(m[2], pub) : month > pub.month ? pub.year - 1 : pub.year;
    return { start: day(year, month, 1), end: monthEnd(year, month), label: m[0] };
  },
  // up to now / so far / at present
  (text, pub) => {
    const m = /\b(?:up to now|so far|to date|at present|as of now|currently)\b/i.exec(text);
    return m ? { start: null, end: pubEnd(pub), label: m[0] } : null;
  },
  // this year / last year / in 2026
  (text, pub) => {
    const m = /\b(?:(this|last|next) year|(?:in|during|for|of) ((?:19|20)\d\d))\b(?!\s*-)/i.exec(text);
    if (!m) return null;
    const year = m[2] ? Number(m[2]) : pub.year + ({ this: 0, last: -1, next: 1 }[m[1]!.toLowerCase()] ?? 0);
    return { start: day(year, 1, 1), end: day(year, 12, 31), label: m[0] };
  },
];

function namedDay(text: string, pub: PubDate): Period | null {
  const ref = new Date(Date.UTC(pub.year, pub.month - 1, pub.day ?? 15, 12));
  for (const r of chrono.en.parse(text, ref, { forwardDate: false })) {
    // "now" and "today" are not the period of a figure; "up to now" is handled as "as of publication".
    if (/^(?:now|today|tonight)$/i.test(r.text.trim())) continue;
    const known = r.start.isCertain('day') || r.start.isCertain('weekday');
    if (!known || !r.start.isCertain('month') && !r.start.isCertain('weekday')) continue;
    // A weekday can only be placed against a full publication date.
    if (!r.start.isCertain('month') && pub.day === null) continue;
    const d = r.start.date();
    const iso = day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    const asOf = /\b(?:as of|by|until|up to)\s*$/i.test(text.slice(0, r.index));
    return { start: asOf ? null : iso, end: iso, label: r.text.replace(/,\s*\d+$/, '') };
  }
  return null;
}

/**
 * Resolves the period named in a sentence.
 *
 * @param sentence the sentence that holds the figure
 * @param published the article's date, `YYYY-MM-DD` or `YYYY-MM`
 */
export function resolvePeriod(sentence: string, published: string): Period | null {
  const text = sentence.replace(COMPARISON_RE, (s) => ' '.repeat(s.length));
  const pub = parsePubDate(published);
  for (const rule of rules) {
    const period = rule(text, pub);
    if (period) return { ...period, label: period.label.trim() };
  }
  return null;
}
