/**
 * Finds the quantities in one sentence: money, percentages and counts with a
 * unit noun, each with its qualifier and its span as printed.
 */
import { isChangeFrom } from './changes.ts';
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES } from './lexicon.ts';
import { qualifierBefore } from './qualifiers.ts';
import { elidedPart, runningTotal, withSharedUnits } from './shared-units.ts';
import { findOrdinalCounts } from './ordinals.ts';
import { LEVEL_OF_FIGURE_BEFORE, PART_OF_FIGURE_BEFORE, PART_VERB } from './locales/en/antecedent-words.ts';
import { findNumerals, readCurrencyScale, readScale, scale, type Numeral } from './numbers.ts';
import { countedBySyntax } from './syntax.ts';
import { readUnitNoun, unitFromNumberOf } from './unit-nouns.ts';
import { escapeRegExp } from './regex-escape.ts';
import type { Quantity } from './quantity.ts';

export { qualifierBefore } from './qualifiers.ts';

export type { Quantity } from './quantity.ts';

/** The unit of a bare level that points back, until the article's reader gives it the figure before's. */
export const FIGURE_BEFORE = 'figure-before';
/** "In the first two months, that figure passed 450": the clause up to a bare level of the figure before. */
const POINTS_BACK_RE = new RegExp(String.raw`(?:^|[,;]\s*|\b(?:and|while|but)\s+)${LEVEL_OF_FIGURE_BEFORE}$`, 'i');
/** A part of the set counted just before, at the sentence's start: `Of these, 318 were foreign-invested`. */
const PART_BEFORE_RE = new RegExp(`^\\s*${PART_OF_FIGURE_BEFORE}$`, 'i');
const PART_VERB_RE = new RegExp(`^${PART_VERB}`, 'i');
/** `Among the new projects, 46 are …`: a set named at the sentence's start, then a part of it. */
const NAMED_SET_RE = /^\s*(?:of|among)\s+(?:the|its|their|these|those|all\s+the)\s+([^,;\d]{1,60}),\s*$/i;
/** `2,105 of the new enterprises`: the counted noun after a partitive `of`. */
const PARTITIVE_OF_RE = /^\s+of\s+(?:the|these|those|its|their|all(?:\s+the)?)(?=\s)/i;

const PREFIX_RE = new RegExp(`(?<![\\p{L}])(?:${CURRENCY_PREFIXES.map(([w]) => escapeRegExp(w)).join('|')})[ \\u00a0]?$`, 'u');
const SUFFIX_RE = new RegExp(`^[ \\u00a0]?(?:${CURRENCY_SUFFIXES.map(([w]) => escapeRegExp(w)).join('|')})(?![\\p{L}])`, 'iu');
const PERCENT_RE = /^[ \u00a0]?(?:%|percent\b|per cent\b|pct\b)/i;
/** A schedule or ratio such as `7 days/24 hours` is not a quantity. */
const SLASHED_RE = /^\s*\/|\/\s*$/;

function currencyCode(table: ReadonlyArray<readonly [string, string]>, printed: string): string {
  const word = printed.trim().toLowerCase();
  return table.find(([w]) => w.toLowerCase() === word)?.[1] ?? 'CNY';
}

/** "The two ports", "the five Central Asian countries": a number word after a determiner names a known set, not a reported figure. */
export const DEFINITE_RE = /\b(?:the|these|those|its|their|both|all|our)\s+$/i;

/** Words before a spelled-out "one" that make it a measured time: `cut to just one hour`, `within one day`. */
const ONE_DURATION_BEFORE_RE = /\b(?:to|just|only|within|under|than|in|takes?|took|taking)\s+(?:just\s+|only\s+)?$/i;

/** "One" is mostly an article ("one of the ports", "one day, …"), but a measured time after a cue word is a figure. */
function oneDuration(sentence: string, n: Numeral, unit: string): boolean {
  return n.value === 1 && (unit === 'hours' || unit === 'minutes' || unit === 'days') && ONE_DURATION_BEFORE_RE.test(sentence.slice(Math.max(0, n.start - 20), n.start));
}

/** A bare year (`in 2020`) is a date, never a count. */
function isYear(sentence: string, n: Numeral): boolean {
  return /^(?:19|20)\d\d$/.test(sentence.slice(n.start, n.end));
}

/** The year of a date as printed (`May 25, 2024`, `in 2023`), even when a noun follows: "taken on June 3, 2023 shows cargo trains". */
const DATE_BEFORE_RE = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*|\b(?:in|of|since|by|until|till|from|during)\s+)$/i;
const isDateYear = (sentence: string, n: Numeral) => isYear(sentence, n) && DATE_BEFORE_RE.test(sentence.slice(Math.max(0, n.start - 16), n.start));

/** True when `pos` falls inside a short quoted slogan such as "one port, two zones". */
export function inShortQuote(sentence: string, pos: number): boolean {
  const before = sentence.slice(Math.max(0, pos - 60), pos);
  const after = sentence.slice(pos, pos + 60);
  return /["“][^"”]*$/.test(before) && /^[^"“]*["”]/.test(after);
}

/** Smaller units in a duration, in the larger unit's terms: `4 hours 15 minutes` is 4.25 hours. */
const SUB_UNITS: Readonly<Record<string, { re: RegExp; per: number }>> = {
  hours: { re: /^,?[ \u00a0]+(?:and[ \u00a0]+)?(\d{1,2})[ \u00a0]*(?:minutes?|mins?)\b/i, per: 60 },
  days: { re: /^,?[ \u00a0]+(?:and[ \u00a0]+)?(\d{1,2})[ \u00a0]*hours?\b/i, per: 24 },
};

function compoundDuration(unit: string, after: string): { value: number; length: number } | null {
  const sub = SUB_UNITS[unit];
  const m = sub?.re.exec(after);
  return sub && m ? { value: Number((Number(m[1]) / sub.per).toFixed(6)), length: m[0].length } : null;
}

function readOne(sentence: string, n: Numeral): Quantity | null {
  if (isDateYear(sentence, n)) return null;
  const prefix = PREFIX_RE.exec(sentence.slice(Math.max(0, n.start - 5), n.start));
  const figureStart = prefix ? n.start - prefix[0].length : n.start;
  let pos = n.end;
  let value = n.value;
  // "$300m", "US$45mn": after a currency sign a lone m is a million, never metres.
  const scaled = readScale(sentence.slice(pos)) ?? (prefix ? readCurrencyScale(sentence.slice(pos)) : null);
  if (scaled) {
    value = scale(value, scaled.multiplier);
    pos += scaled.length;
  }
  const rest = sentence.slice(pos);
  const base = { approx: qualifierBefore(sentence, figureStart), start: figureStart, equivalent: null, range: null };
  if (SLASHED_RE.test(rest.slice(0, 3)) || SLASHED_RE.test(sentence.slice(Math.max(0, figureStart - 2), figureStart))) return null;
  if (prefix) {
    return { ...base, value, unit: currencyCode(CURRENCY_PREFIXES, prefix[0]), end: pos, subject: null, unitKind: null };
  }
  const suffix = SUFFIX_RE.exec(rest);
  if (suffix) {
    return { ...base, value, unit: currencyCode(CURRENCY_SUFFIXES, suffix[0]), end: pos + suffix[0].length, subject: null, unitKind: null };
  }
  const percent = PERCENT_RE.exec(rest);
  if (percent && !n.words) {
    return { ...base, value, unit: 'percent', end: pos + percent[0].length, subject: null, unitKind: null };
  }
  const noun = readUnitNoun(rest);
  if (noun) {
    if (noun.attributive && ['hours', 'minutes', 'days'].includes(noun.noun.unit)) return null;
    // "17 days earlier than last year": how far a date moved, not how long anything took.
    if (['hours', 'minutes', 'days', 'months', 'years'].includes(noun.noun.unit) && /^\s+(?:earlier|later|ahead|sooner|behind)\b/i.test(rest.slice(noun.end))) return null;
    if (SLASHED_RE.test(rest.slice(noun.end, noun.end + 3))) return null;
    if (n.words && ((n.value < 2 && !oneDuration(sentence, n, noun.noun.unit)) || inShortQuote(sentence, n.start) || DEFINITE_RE.test(sentence.slice(Math.max(0, n.start - 12), n.start)))) return null;
    const extra = compoundDuration(noun.noun.unit, rest.slice(noun.end));
    return { ...base, value: value + (extra?.value ?? 0), unit: noun.noun.unit, end: pos + noun.end + (extra?.length ?? 0), subject: noun.phrase, unitKind: noun.noun.kind };
  }
  // "2,105 of the new enterprises", "Twelve of the projects": a spelled-out number counts here too, but never "one of the".
  const partitive = isYear(sentence, n) || (n.words && n.value < 2) ? null : PARTITIVE_OF_RE.exec(rest);
  const ofNoun = partitive && readUnitNoun(rest.slice(partitive[0].length));
  if (ofNoun && !ofNoun.attributive) return { ...base, value, unit: ofNoun.noun.unit, end: pos, subject: ofNoun.phrase, unitKind: ofNoun.noun.kind };
  if (n.words || isYear(sentence, n)) return null;
  const before = sentence.slice(0, figureStart);
  const counted = unitFromNumberOf(before) ?? countedBySyntax(sentence, { start: figureStart, end: pos }, value);
  if (counted && !/^\s*(?:%|percent|times|-?fold)/i.test(rest)) {
    return { ...base, value, unit: counted.noun.unit, end: pos, subject: counted.phrase, unitKind: counted.noun.kind };
  }
  // The phrase is short; testing only the end of the clause keeps the anchored pattern from scanning it all.
  // "Among the new projects, 46 are in energy": a part of the set the opening phrase names.
  const namedSet = PART_VERB_RE.test(rest) ? NAMED_SET_RE.exec(before) : null;
  const setNoun = namedSet && readUnitNoun(` ${namedSet[1]!}`);
  if (setNoun && !setNoun.attributive) return { ...base, value, unit: setNoun.noun.unit, end: pos, subject: setNoun.phrase, unitKind: setNoun.noun.kind };
  const partBefore = PART_BEFORE_RE.test(before) && PART_VERB_RE.test(rest);
  if ((partBefore || POINTS_BACK_RE.test(before.slice(-100))) && !/^\s*(?:%|percent|times|-?fold)/i.test(rest)) return { ...base, value, unit: FIGURE_BEFORE, end: pos, subject: null, unitKind: null, pointsBack: true };
  return null;
}

/** Money printed in brackets straight after other money is the same amount in another currency. */
function foldEquivalents(sentence: string, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of found) {
    const prev = out[out.length - 1];
    const money = (x: Quantity) => x.subject === null && x.unit !== 'percent';
    if (prev && money(prev) && money(q) && prev.unit !== q.unit && /^\s*\(\s*(?:about |around |approximately |roughly )?$/i.test(sentence.slice(prev.end, q.start))) {
      prev.equivalent = { value: q.value, unit: q.unit };
      continue;
    }
    out.push(q);
  }
  return out;
}

/** Between the ends of a range: `to`, a dash, or `and` after `between`. */
const RANGE_JOIN_RE = /^[ \u00a0]*(?:to|-|–|—|and)[ \u00a0]*(?:US\$|\$|RMB|¥|€)?[ \u00a0]?$/i;

/**
 * Reads `a to b <unit>` as one range when `b` is a quantity and `a` is a bare
 * number or a quantity in the same unit. `a` takes `b`'s scale word unless it
 * has its own (`5-8 billion yuan`). `increased from 7 to 139` is a change, not a range.
 */
function readRange(sentence: string, n: Numeral, next: Numeral | undefined): Quantity | null {
  // Number words only pair with number words ("four to six hours").
  if (!next || n.words !== next.words || isYear(sentence, n)) return null;
  const ownScale = readScale(sentence.slice(n.end));
  const joinFrom = n.end + (ownScale?.length ?? 0);
  const join = sentence.slice(joinFrom, next.start);
  if (!RANGE_JOIN_RE.test(join)) return null;
  const lead = sentence.slice(Math.max(0, n.start - 12), n.start);
  if (/\band\b/i.test(join) && !/\bbetween\s+\S{0,4}$/i.test(lead)) return null;
  if (/\bfrom\s+\S{0,4}$/i.test(lead) && isChangeFrom(sentence, sentence.lastIndexOf('from', n.start))) return null;
  const high = readOne(sentence, next);
  if (!high) return null;
  // "22-25 trains": a low end whose own reading runs on into the high end's noun has no unit of its own.
  const read = readOne(sentence, n);
  const low = read && read.end <= next.start ? read : null;
  if (low && low.unit !== high.unit) return null;
  const multiplier = ownScale ? ownScale.multiplier : high.value / next.value;
  const min = scale(n.value, multiplier);
  const start = low?.start ?? n.start;
  return { ...high, value: min, start, approx: qualifierBefore(sentence, start), range: { min, max: high.value } };
}

/** Finds every quantity in a sentence, in order of position. */
export function findQuantities(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  let consumed = 0;
  const numerals = findNumerals(sentence);
  for (const [i, n] of numerals.entries()) {
    if (n.start < consumed) continue;
    const q = readRange(sentence, n, numerals[i + 1]) ?? readOne(sentence, n) ?? runningTotal(sentence, n, found.at(-1)) ?? elidedPart(sentence, n, found.at(-1));
    if (q) {
      found.push(q);
      consumed = q.end;
    }
  }
  const ordinals = findOrdinalCounts(sentence).filter((o) => !found.some((q) => q.start < o.end && o.start < q.end));
  const all = ordinals.length ? [...found, ...ordinals].sort((a, b) => a.start - b.start) : found;
  return foldEquivalents(sentence, withSharedUnits(sentence, numerals, all));
}
