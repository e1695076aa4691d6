/**
 * Numbers that print no unit of their own and share another's: a list that
 * prints it once after the last (`9.1 million and 5.5 million tonnes`), a
 * noun left out after the first part (`46 are in energy, 31 in transport`),
 * a new running total (`bringing the total to 9,860`).
 */
import { readScale, scale, type Numeral } from './numbers.ts';
import type { Quantity } from './quantity.ts';
import { qualifierBefore } from './qualifiers.ts';

/** A bare year is a date, never a count. */
const YEAR_RE = /^(?:19|20)\d\d$/;

/** Between two numbers of a list that share the last one's unit: `, `, ` and `, `, and `. */
const LIST_JOIN_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/i;

/**
 * "9.1 million and 5.5 million tonnes, respectively": a list prints the unit
 * once, after its last number. A bare number joined to the quantity after it
 * takes its unit when it has a scale word of its own or the sentence pairs
 * the list off with "respectively".
 */
export function withSharedUnits(sentence: string, numerals: readonly Numeral[], found: Quantity[]): Quantity[] {
  const paired = /\brespectively\b/i.test(sentence);
  const out = [...found];
  for (let i = numerals.length - 2; i >= 0; i--) {
    const n = numerals[i]!;
    if (n.words || YEAR_RE.test(sentence.slice(n.start, n.end)) || out.some((q) => q.start <= n.start && n.end <= q.end)) continue;
    const own = readScale(sentence.slice(n.end));
    const end = n.end + (own?.length ?? 0);
    const next = out.find((q) => q.start > n.start);
    // Money takes a shared unit only with a scale of its own: "5 and 6 billion yuan" is not read.
    if (!next || next.unit === 'percent' || (!own && (!paired || next.subject === null)) || !LIST_JOIN_RE.test(sentence.slice(end, next.start))) continue;
    const value = own ? scale(n.value, own.multiplier) : n.value;
    out.push({ ...next, value, start: n.start, end, approx: qualifierBefore(sentence, n.start), range: null, equivalent: null });
    out.sort((a, b) => a.start - b.start);
  }
  return paired ? markLists(sentence, out) : out;
}

/** "…, respectively": each quantity of a list in one unit learns its place in the list, to be paired with the i-th place named. */
function markLists(sentence: string, found: Quantity[]): Quantity[] {
  const respectively = sentence.search(/\brespectively\b/i);
  const out = [...found];
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j + 1 < out.length && out[j + 1]!.unit === out[i]!.unit && LIST_JOIN_RE.test(sentence.slice(out[j]!.end, out[j + 1]!.start))) j++;
    if (j > i && out[j]!.end <= respectively) for (let k = i; k <= j; k++) out[k] = { ...out[k]!, respectively: { index: k - i, of: j - i + 1 } };
    i = j + 1;
  }
  return out;
}

/** "…, bringing the total to 9,860": a new total of the count just read, in its unit. */
const TOTAL_TO_RE = /\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s+(?:total|number|tally|count)(?:\s+\w+){0,2}\s+to\s+(?:(?:more\s+than|over|nearly|about|some)\s+)?$/i;

export function runningTotal(sentence: string, n: Numeral, last: Quantity | undefined): Quantity | null {
  if (!last || last.subject === null || n.words || !TOTAL_TO_RE.test(sentence.slice(last.end, n.start))) return null;
  return { ...last, value: n.value, start: n.start, end: n.end, approx: qualifierBefore(sentence, n.start), range: null, equivalent: null };
}

/** "46 are in energy, 31 in transport and 22 in water": the count's noun is printed once and left out after. */
const ELIDED_GAP_RE = /^\s+(?:(?:are|were|is|was)\s+)?(in|for|from|at|on)\s+[^,;\d]{1,40}(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

export function elidedPart(sentence: string, n: Numeral, last: Quantity | undefined): Quantity | null {
  const gap = last && last.subject !== null && !n.words ? ELIDED_GAP_RE.exec(sentence.slice(last.end, n.start)) : null;
  if (!gap || !new RegExp(`^\\s+${gap[1]!}\\s`, 'i').test(sentence.slice(n.end))) return null;
  return { ...last!, value: n.value, start: n.start, end: n.end, approx: qualifierBefore(sentence, n.start), range: null, equivalent: null };
}
