/**
 * Counts read from ordinals: `the 8,000th China-Europe freight train to pass
 * through the port this year` says at least 8,000 trains passed. Only for
 * units that are counted one by one as they pass (trains), where the ordinal
 * of the latest one is the running count; `the 2nd phase` counts nothing.
 */
import { parseDigits } from './numbers.ts';
import type { Quantity } from './quantity.ts';
import { readUnitNoun } from './unit-nouns.ts';

const ORDINAL_RE = /\bthe\s+(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\b/gi;
/** Below this, an ordinal is a rank or a name (`the 3rd train shed`), not a milestone of a running count. */
const MILESTONE = 100;
/** The units whose ordinals are counts. */
const COUNTED_IN_ORDER: ReadonlySet<string> = new Set(['trains']);

/** Every count an ordinal gives in a sentence, at least the ordinal's value. */
export function findOrdinalCounts(sentence: string): Quantity[] {
  if (!/\d(?:st|nd|rd|th)\b/i.test(sentence)) return [];
  const found: Quantity[] = [];
  for (const m of sentence.matchAll(ORDINAL_RE)) {
    const start = m.index + m[0].length - m[0].replace(/^the\s+/i, '').length;
    const end = m.index + m[0].length;
    const noun = readUnitNoun(sentence.slice(end));
    const value = parseDigits(m[1]!);
    if (!noun || noun.attributive || !COUNTED_IN_ORDER.has(noun.noun.unit) || value < MILESTONE) continue;
    found.push({ value, unit: noun.noun.unit, approx: 'at-least', start, end: end + noun.end, subject: noun.phrase, unitKind: noun.noun.kind, equivalent: null, range: null });
  }
  return found;
}
