/**
 * The periods named in a sentence, resolved against the article's
 * publication date: halves, quarters, month ranges, "as of", "this year",
 * named days. Each keeps its position, so a figure takes the period nearest
 * to it. Nothing is guessed: a sentence that names no period has none.
 */
import * as chrono from 'chrono-node';
import type { Period } from '../../schema.ts';
import { isoDay, NAMED_DAYS_AT, parsePubDate, PERIOD_RULES, type PubDate } from './period-rules.ts';

/** A period named in a sentence. Offsets are relative to the sentence. */
export interface PeriodMention {
  period: Period;
  start: number;
  end: number;
  /** True for a moment something happened (`in April`, `on Saturday`) rather than a span a figure covers. */
  event: boolean;
}

/** Phrases that name a comparison, not the period of the figure. */
const COMPARISON_RE = /(?:over|from|than|compared with|compared to)\s+the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year|the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year|year[\s-]+on[\s-]+year|a\s+year\s+(?:earlier|ago)|(?:over|than|from)\s+the\s+previous\s+year|(?:that|those)\s+of\s+(?:the\s+)?last\s+year(?:\s+in\s+the\s+same\s+period)?/gi;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A quick test for anything chrono could read as a day: a weekday, or a month name beside a number. Chrono is the slow part. */
const MAYBE_DAY_RE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:yesterday|today)\b/i;

function namedDays(text: string, pub: PubDate): PeriodMention[] {
  if (!MAYBE_DAY_RE.test(text)) return [];
  const ref = new Date(Date.UTC(pub.year, pub.month - 1, pub.day ?? 15, 12));
  const found: PeriodMention[] = [];
  for (const r of chrono.en.parse(text, ref, { forwardDate: false })) {
    // "now" and "today" are not the period of a figure; "up to now" is a rule of its own.
    if (/^(?:now|today|tonight)$/i.test(r.text.trim())) continue;
    const known = r.start.isCertain('day') || r.start.isCertain('weekday');
    if (!known || (!r.start.isCertain('month') && !r.start.isCertain('weekday'))) continue;
    // A weekday can only be placed against a full publication date.
    if (!r.start.isCertain('month') && pub.day === null) continue;
    const d = r.start.date();
    const iso = isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    const asOf = /\b(?:as of|by|until|up to)\s*$/i.test(text.slice(0, r.index));
    const label = r.text.replace(/,\s*\d+$/, '');
    found.push({ period: { start: asOf ? null : iso, end: iso, label }, start: r.index, end: r.index + label.length, event: !asOf });
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
  const text = sentence.replace(COMPARISON_RE, (s) => ' '.repeat(s.length));
  const pub = parsePubDate(published);
  const found: PeriodMention[] = [];
  const claim = (m: PeriodMention) => {
    if (!found.some((f) => overlaps(f, m))) found.push(m);
  };
  PERIOD_RULES.forEach((r, i) => {
    // Named days are weighed after the span rules and before the weaker ones.
    if (i === NAMED_DAYS_AT) for (const d of namedDays(text, pub)) claim(d);
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
 * The period of a figure: the nearest period named before it in its clause,
 * else the first after it in the clause, else the nearest before it in the
 * sentence, else the first in the sentence.
 */
export function periodNear(mentions: readonly PeriodMention[], figureStart: number, clause: { start: number; end: number }): PeriodMention | null {
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const before = (list: readonly PeriodMention[]) => list.filter((m) => m.end <= figureStart).at(-1);
  const after = (list: readonly PeriodMention[]) => list.find((m) => m.start >= figureStart);
  return before(inClause) ?? after(inClause) ?? before(mentions) ?? mentions[0] ?? null;
}

/** The period of a sentence with one figure, or its first: kept for callers that read whole sentences. */
export function resolvePeriod(sentence: string, published: string): Period | null {
  const mentions = findPeriods(sentence, published);
  return mentions[0]?.period ?? null;
}

export { parsePubDate };
