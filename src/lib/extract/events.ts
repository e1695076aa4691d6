/**
 * Dated events: text in, events out. An event is a clause with an event verb
 * (`event-verbs.ts`) and a date phrase that names one day, month, quarter or
 * year (`event-dates.ts`), reported as past. Running totals, plans, captions
 * and anything dated after publication are not events.
 */
import type { Event, Place } from '../../schema.ts';
import { clauseAround, type ClauseSpan } from './event-clause.ts';
import { eventDates, type EventDate } from './event-dates.ts';
import { eventId } from './event-id.ts';
import { familyOf, findEventVerbs, type VerbMatch } from './event-verbs.ts';
import { contentSpans } from './furniture.ts';
import { NUMBER_WORDS } from './lexicon.ts';
import { parsePubDate, pubEnd } from './period-rules.ts';
import { findPeriods, type PeriodMention } from './periods.ts';
import type { PlaceFinder, PlaceMention } from './places.ts';
import { segment, type Sentence } from './segment.ts';

/** Whose events these are: the article's id and publication date. */
export interface EventSource {
  source: string;
  published: string;
}

/** A photo caption in sentence form: "Photo taken on … shows …", "(Xinhua/Name)". */
const CAPTION = /^\s*(?:(?:file|aerial|drone|undated)\s+)*(?:photo|picture|image|video|screenshot)s?\b|\b(?:photo|picture|image)\s+(?:\p{L}+\s+){0,2}(?:taken|shot|captured)\b|\btaken\s+on\b.{0,80}\bshows?\b|\([^()]*\/[^()]*\)\s*$/iu;
/** Before the verb: a plan, a present or a negation ("will be opened", "is completed", "not yet signed"). */
const NOT_PAST = /\b(?:will|would|shall|to|is|are|am|be|being|not|never|yet)\s+(?:\p{L}+ly\s+|also\s+|still\s+|soon\s+)*$/iu;
/** Before the verb: a determiner, so the participle is an adjective ("the newly opened port"). */
const ATTRIBUTIVE = /\b(?:the|a|an|its|their|these|those|our|his|her)\s+(?:\p{L}+ly\s+)*$/iu;
const PERFECT = /\b(?:has|have)\s+(?:been\s+)?(?:\p{L}+ly\s+|also\s+|already\s+)*$/iu;
/** Words of a running total. */
const TOTAL = /\b(?:so far|to date|up to now|a total of|in total|cumulative(?:ly)?|altogether)\b/i;
const NUMBER_WORD = Object.keys(NUMBER_WORDS).filter((w) => w !== 'one').join('|');
/** A count of things ("37 major projects", "three new routes"): a period with one is a tally, not an event. */
const COUNT = new RegExp(String.raw`(?:\b\d{1,3}(?:,\d{3})+|\b\d+(?:\.\d+)?|\b(?:${NUMBER_WORD}))\s+(?:(?!(?:with|to|in|on|for|of|and|the|a|from|at|by)\b)\p{L}[\p{L}-]*\s+){0,3}?\p{L}[\p{L}-]*s\b`, 'iu');
/** How far before and after the verb its subject and object are looked for. */
const SUBJECT_REACH = 60;
const OBJECT_REACH = 40;

/** True when the verb is in the past, as an event is. */
function reportsPast(sentence: string, verb: VerbMatch): boolean {
  const lead = sentence.slice(Math.max(0, verb.start - 40), verb.start);
  return !NOT_PAST.test(lead) && !ATTRIBUTIVE.test(lead);
}

/**
 * A month, quarter or year with a count or a running-total word is a tally
 * ("opened 12 routes this year"), and so is a present perfect whose period
 * is not over by publication. A day is an occurrence, counts and all.
 */
function isTally(sentence: string, clause: ClauseSpan, verb: VerbMatch, when: EventDate, published: string): boolean {
  if (when.precision === 'day') return false;
  // Only the comma-free stretch around the verb and date: "The port, opened in 1992, handled 30 million tonnes" is no tally.
  const core = { start: Math.min(verb.start, when.start), end: Math.max(verb.end, when.end) };
  const from = Math.max(clause.start, sentence.lastIndexOf(',', core.start) + 1);
  const comma = sentence.indexOf(',', core.end);
  const to = Math.min(clause.end, comma < 0 ? sentence.length : comma);
  const blanked = sentence.slice(0, when.start) + ' '.repeat(when.end - when.start) + sentence.slice(when.end);
  const around = blanked.slice(Math.max(from, verb.start - SUBJECT_REACH), Math.min(to, verb.end + OBJECT_REACH));
  const year = /^(?:19|20)\d\d$/;
  const counted = [...around.matchAll(new RegExp(COUNT, 'giu'))].some((m) => !year.test(m[0].split(/\s/)[0]!));
  const perfect = PERFECT.test(sentence.slice(Math.max(0, verb.start - 40), verb.start));
  const ongoing = when.date.end >= pubEnd(parsePubDate(published));
  return counted || TOTAL.test(sentence.slice(from, to)) || (perfect && ongoing);
}

/** Places named in the clause, most specific first, each once. */
function placesIn(mentions: readonly PlaceMention[], clause: ClauseSpan, rank: (p: Place) => number): string[] {
  const inside = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const sorted = [...inside].sort((a, b) => rank(a.place) - rank(b.place) || a.start - b.start);
  return [...new Set(sorted.map((m) => m.place.id))];
}

/**
 * How far a date stands from its verb. A date usually follows its verb ("left X on May 2 and
 * arrived on May 4"); one before it, or across a comma, is taken only when nothing closer claims it.
 */
function gap(sentence: string, verb: ClauseSpan, date: ClauseSpan): number {
  const between = sentence.slice(Math.min(verb.end, date.end), Math.max(verb.start, date.start));
  return between.length + 100 * (between.match(/[,()]/g)?.length ?? 0) + (date.start < verb.start ? 50 : 0);
}

/**
 * The events in one sentence.
 *
 * @param periods the sentence's period phrases, as `findPeriods` returns them
 * @param mentions the sentence's place mentions, as `PlaceFinder.find` returns them
 */
export function eventsInSentence(s: Sentence, periods: readonly PeriodMention[], mentions: readonly PlaceMention[], rank: (p: Place) => number, from: EventSource): Event[] {
  if (CAPTION.test(s.text)) return [];
  const dates = eventDates(s.text, periods, from.published);
  if (dates.length === 0) return [];
  // Verbs and dates of one clause pair up closest first, each used once.
  const pairs = findEventVerbs(s.text).filter((v) => reportsPast(s.text, v)).flatMap((verb) => {
    const own = clauseAround(s.text, verb);
    return dates.filter((d) => d.start >= own.start && d.end <= own.end).map((when) => ({ verb, when, gap: gap(s.text, verb, when) }));
  }).sort((a, b) => a.gap - b.gap);
  const used = new Set<VerbMatch | EventDate>();
  const chosen: Array<{ verb: VerbMatch; when: EventDate }> = [];
  for (const pair of pairs) {
    if (used.has(pair.when) || used.has(pair.verb)) continue;
    used.add(pair.when).add(pair.verb);
    chosen.push(pair);
  }
  return chosen.sort((a, b) => a.verb.start - b.verb.start).flatMap(({ verb, when }): Event[] => {
    const clause = clauseAround(s.text, { start: Math.min(verb.start, when.start), end: Math.max(verb.end, when.end) });
    if (isTally(s.text, clause, verb, when, from.published)) return [];
    const text = s.text.slice(clause.start, clause.end);
    const places = placesIn(mentions, clause, rank);
    return [{
      id: eventId(when.date, text, verb.action, places[0] ?? null),
      date: when.date,
      precision: when.precision,
      text,
      action: verb.action,
      places,
      evidence: [{ source: from.source, quote: s.text, start: s.start + clause.start, end: s.start + clause.end, quoteStart: s.start }],
    }];
  });
}

/** Every event in an article body, page furniture skipped, in the order printed. */
export function findEvents(body: string, from: EventSource, places: PlaceFinder): Event[] {
  return segment(body, contentSpans(body)).flatMap((s) => eventsInSentence(s, findPeriods(s.text, from.published), places.find(s.text), places.rank, from));
}

/**
 * One event per happening: reports with the same date, the same family of
 * verb and the same most specific place (or, with no place, the same words)
 * merge, keeping the first report's words and every report's evidence.
 * Sorted by date, then id.
 */
export function mergeEvents(events: readonly Event[]): Event[] {
  const byKey = new Map<string, Event>();
  for (const e of events) {
    const key = [e.date.start, e.date.end, familyOf(e.action) ?? e.action, e.places[0] ?? e.text.toLowerCase().replace(/\s+/g, ' ')].join('|');
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...e, evidence: [...e.evidence] });
    else seen.evidence.push(...e.evidence.filter((x) => !seen.evidence.some((y) => y.source === x.source && y.start === x.start)));
  }
  return [...byKey.values()].sort((a, b) => a.date.start.localeCompare(b.date.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
