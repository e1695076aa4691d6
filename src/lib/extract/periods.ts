/**
 * The periods named in a sentence, resolved against the article's
 * publication date: halves, quarters, month ranges, "as of", "this year",
 * named days. Each keeps its position, so a figure takes the period nearest
 * to it. Nothing is guessed: a sentence that names no period has none.
 */
import * as chrono from 'chrono-node';
import type { Period } from '../../schema.ts';
import { COMPARISON_PHRASES } from './locales/en/period-cues.ts';
import { isoDay, NAMED_DAYS_AT, parsePubDate, PERIOD_RULES, type PubDate } from './period-rules.ts';

/** A period named in a sentence. Offsets are relative to the sentence. */
export interface PeriodMention {
  period: Period;
  start: number;
  end: number;
  /** True for a moment something happened (`in April`, `on Saturday`) rather than a span a figure covers. */
  event: boolean;
  /** True for a single named day (`on Tuesday`, `July 18`). */
  day?: boolean;
}

/** Phrases that name a comparison, not the period of the figure. */
const COMPARISON_RE = new RegExp(COMPARISON_PHRASES.join('|'), 'gi');
/** Every comparison phrase names a year, by number or by the word. */
const MAY_COMPARE_RE = /year|(?:19|20)\d\d/i;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A quick test for any period word at all; most sentences of a feature name none. Every rule needs one of these (or a digit, tested first on its own: one pattern of many alternatives costs every alternative at every position). */
const MAY_NAME_PERIOD_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\byears?\b|\bquarters?\b|\bhalf\b|\bmonths\b|\bnow\b|\bpresent\b|\bso\s+far\b|\bto\s+date\b|\bcurrently\b|\bsince\b|\byesterday\b|\btoday\b|\b[HQ][1-4]\b/i;

/** False when `text` names no period: no digit, month, weekday or period word. */
export function mayNamePeriod(text: string): boolean {
  return /\d/.test(text) || MAY_NAME_PERIOD_RE.test(text);
}

/** A quick test for anything chrono could read as a day: a weekday, or a month name beside a day's number (not a year's: "July 2022" names no day). Chrono is the slow part. */
const MAYBE_DAY_RE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:yesterday|today)\b/i;

/** "between April 1 and June 15": two days joined as a span. */
const BETWEEN_DAYS_RE = /\bbetween(\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s+)and(\s+)(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\b)/gi;

/** A day as ISO; a bare weekday is the latest one on or before publication ("As of Tuesday" in a Monday paper). */
function dayOf(d: Date, weekdayOnly: boolean, pub: PubDate): string {
  const published = Date.UTC(pub.year, pub.month - 1, pub.day ?? 28, 23);
  const t = weekdayOnly && d.getTime() > published ? new Date(d.getTime() - 7 * 86_400_000) : d;
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Month and day without a year: the latest such day on or before publication. */
function sameDayBefore(month: number, dayOfMonth: number, pub: PubDate): Date {
  const year = month > pub.month || (month === pub.month && pub.day !== null && dayOfMonth > pub.day) ? pub.year - 1 : pub.year;
  return new Date(Date.UTC(year, month - 1, dayOfMonth, 12));
}

function namedDays(text: string, pub: PubDate): PeriodMention[] {
  if (!MAYBE_DAY_RE.test(text)) return [];
  const ref = new Date(Date.UTC(pub.year, pub.month - 1, pub.day ?? 15, 12));
  const found: PeriodMention[] = [];
  // "the morning of July 18" is July 18 to us; chrono would swallow the day.
  // "Between April 1 and June 15" is the span chrono reads as "from April 1 to June 15"; the words keep their lengths, so offsets hold.
  const plain = text
    .replace(/\b(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/gi, (w) => ' '.repeat(w.length))
    .replace(BETWEEN_DAYS_RE, (_w, first: string, gap: string) => `from   ${first}to ${gap}`);
  for (const r of chrono.en.parse(plain, ref, { forwardDate: false })) {
    // "now" and "today" are not the period of a figure; "up to now" is a rule of its own.
    if (/^(?:now|today|tonight)$/i.test(r.text.trim())) continue;
    const known = r.start.isCertain('day') || r.start.isCertain('weekday');
    if (!known || (!r.start.isCertain('month') && !r.start.isCertain('weekday'))) continue;
    // A weekday can only be placed against a full publication date.
    if (!r.start.isCertain('month') && pub.day === null) continue;
    // "July 18, 30 trucks": chrono takes the 30 for a year. Only four digits name one.
    const start = r.start.isCertain('year') && !/\b(?:19|20)\d\d\b/.test(r.text) ? sameDayBefore(r.start.get('month')!, r.start.get('day')!, pub) : r.start.date();
    const iso = dayOf(start, !r.start.isCertain('month'), pub);
    const until = r.end ? dayOf(r.end.date(), !r.end.isCertain('month'), pub) : iso;
    const lead = text.slice(0, r.index);
    // "officials said on Friday" dates the statement, not a figure.
    if (/\b(?:said|says|announced|told\b[^,.;]{0,40}?|reported|revealed|disclosed|noted)\s+(?:on\s+)?$/i.test(lead)) continue;
    const asOf = /\b(?:as of|by|until|up to)\s*$/i.test(lead);
    // The label as printed: the text chrono read may have had its words swapped ("between … and" for "from … to").
    const label = text.slice(r.index, r.index + r.text.length).replace(/,\s*\d+$/, '').replace(/[\s,;]+$/, '');
    found.push({ period: { start: asOf ? null : iso, end: until, label }, start: r.index, end: r.index + label.length, event: !asOf, day: true });
  }
  return found;
}

/**
 * Every period named in a sentence, in order of position.
 *
 * @param sentence the sentence
 * @param published the article's date, `YYYY-MM-DD` or `YYYY-MM`
 */
export function findPeriods(sentence: string, published: string): PeriodMention[] {
  if (!mayNamePeriod(sentence)) return [];
  const text = MAY_COMPARE_RE.test(sentence) ? sentence.replace(COMPARISON_RE, (s) => ' '.repeat(s.length)) : sentence;
  const pub = parsePubDate(published);
  const found: PeriodMention[] = [];
  // Rules share their quick tests; each is run once per sentence.
  const tested = new Map<RegExp, boolean>();
  const passes = (needs: RegExp) => tested.get(needs) ?? tested.set(needs, needs.test(text)).get(needs)!;
  const claim = (m: PeriodMention) => {
    if (!found.some((f) => overlaps(f, m))) found.push(m);
  };
  PERIOD_RULES.forEach((r, i) => {
    // Named days are weighed after the span rules and before the weaker ones.
    if (i === NAMED_DAYS_AT) for (const d of namedDays(text, pub)) claim(d);
    if (!passes(r.needs)) return;
    for (const m of text.matchAll(r.re)) {
      const resolved = r.resolve(m as RegExpExecArray, pub);
      if (!resolved) continue;
      // A full stop after a month name or a year ends the sentence; after `Jan.` it is the abbreviation's.
      const label = m[0].trim().replace(/(?<=\b(?:january|february|march|april|may|june|july|august|september|october|november|december|year|\d))\.$/i, '');
      const start = m.index + m[0].indexOf(label);
      claim({ period: { ...resolved, label }, start, end: start + label.length, event: r.event });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The period of a figure: one printed right after it (`20 in June`), else
 * the nearest period named before it in its clause,
 * else the first after it in the clause, else the nearest before it in the
 * sentence, else the first in the sentence; within the clause, the figure's
 * own stretch between commas comes first (`stretch.ts`). A single day on which something
 * happened (`on Tuesday the port said …`) dates the statement, so it only
 * counts when the sentence names no other period.
 */
export function periodNear(all: readonly PeriodMention[], figureStart: number, clause: { start: number; end: number }, stretch?: { start: number; end: number }, figureEnd?: number): PeriodMention | null {
  const spans = all.filter((m) => !(m.day && m.event));
  const mentions = spans.length ? spans : all;
  const within = (r: { start: number; end: number }) => mentions.filter((m) => m.start >= r.start && m.end <= r.end);
  const inClause = within(clause);
  const inStretch = stretch ? within(stretch) : [];
  const before = (list: readonly PeriodMention[]) => list.filter((m) => m.end <= figureStart).at(-1);
  const after = (list: readonly PeriodMention[]) => list.find((m) => m.start >= figureStart);
  // "300 trains in May and 20 in June": a period printed right after the figure is its own.
  const adjacent = figureEnd === undefined ? undefined : inClause.find((m) => m.start >= figureEnd && m.start - figureEnd <= ADJACENT);
  const chosen = adjacent ?? before(inStretch) ?? after(inStretch) ?? before(inClause) ?? after(inClause) ?? before(mentions) ?? mentions[0] ?? null;
  return chosen && narrowed(innermost(chosen, inClause), inClause);
}

/** How far after a figure, in characters, a period counts as printed right after it (` in June`). */
const ADJACENT = 2;

/** How far apart, in characters, two periods may stand and still be one phrase: `in January alone this year`. */
const ONE_PHRASE_GAP = 8;

/** A span printed right beside a narrower one inside it qualifies it: the narrower is the period (`January`, not `this year`). */
function innermost(chosen: PeriodMention, clause: readonly PeriodMention[]): PeriodMention {
  const { start, end } = chosen.period;
  if (start === null || chosen.event) return chosen;
  const inner = clause.find((m) => m !== chosen && !m.day && m.period.start !== null && m.period.start >= start && m.period.end <= end
    && (m.period.start !== start || m.period.end !== end) && Math.max(m.start, chosen.start) - Math.min(m.end, chosen.end) <= ONE_PHRASE_GAP);
  return inner ?? chosen;
}

/**
 * "As of Sept. 9, … reached 5,000 this year": a running total as of a day
 * within a span the clause also names runs from the span's start to that day.
 */
function narrowed(chosen: PeriodMention, clause: readonly PeriodMention[]): PeriodMention {
  const within = (asOf: PeriodMention, span: PeriodMention) =>
    asOf.period.start === null && span.period.start !== null && asOf.period.end >= span.period.start && asOf.period.end <= span.period.end && asOf !== span;
  const asOf = chosen.period.start === null ? chosen : clause.find((m) => m.period.start === null && !m.event && within(m, chosen));
  const span = chosen.period.start !== null ? chosen : clause.find((m) => !m.event && within(chosen, m));
  if (!asOf || !span || asOf === span) return chosen;
  return { ...chosen, period: { start: span.period.start, end: asOf.period.end, label: `${span.period.label}, ${asOf.period.label}` } };
}

/** The period of a sentence with one figure, or its first: kept for callers that read whole sentences. */
export function resolvePeriod(sentence: string, published: string): Period | null {
  const mentions = findPeriods(sentence, published);
  return mentions[0]?.period ?? null;
}

export { parsePubDate };
