/**
 * Parts of a total (`Fact.partOf`). A figure is a part of an earlier figure
 * in the same unit, no smaller than it, when:
 *
 * - its sentence opens with a part phrase (`Among them, …`, `Of these, …`,
 *   `Including …`): the whole is in the sentence before;
 * - it counts some `of the` set (`2,105 of the new enterprises`) counted in
 *   the sentence before;
 * - a part word stands between it and the whole in its own sentence
 *   (`120 projects, including 30 industrial ones`; `2 billion yuan, of which
 *   500 million …`);
 * - the whole opens its sentence as a set (`Of the 40 companies in the
 *   zone, 25 have …`).
 *
 * Percentages and multiples are shares and rates, not parts.
 */
import type { Fact } from '../../schema.ts';
import { opensWithContinuation } from './continuations.ts';
import { PART_WORDS } from './locales/en/discourse-words.ts';
import { escapeRegExp } from './regex-escape.ts';

const PART_BETWEEN_RE = new RegExp(`\\b(?:${PART_WORDS.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
/** `Of the 40 companies`: what stands before a whole that opens its clause as a set. */
const SET_BEFORE_RE = /(?:^|[,;]\s*)(?:of|among)\s+(?:the|its|their|these|those|all\s+the)\s+(?:(?:more\s+than|over|nearly|about|some)\s+)?$/i;
/** `, 25 have`: between such a set and its part, a comma closes the set's phrase. */
const SET_TO_PART_RE = /^[^,;.]{0,80},\s*(?:(?:more\s+than|over|nearly|about|some)\s+)?$/i;
/** `2,105 of the new enterprises`: a part counted out of a set. */
const PARTITIVE_AFTER_RE = /^\s+of\s+(?:the|these|those|its|their|all)\b/i;

/** Where a fact stands in its sentence, for the tests below. */
interface Placed {
  fact: Fact;
  start: number;
  end: number;
}

const partable = (f: Fact) => f.unit !== 'percent' && f.unit !== 'fold' && !(f.change && f.measure.endsWith('-growth'));
const fits = (whole: Fact, part: Fact) => whole !== part && whole.unit === part.unit && whole.value >= part.value && whole.id !== part.id && partable(whole);

/** After reviews: a part whose whole was rejected, or folded away, is no longer a part of anything published. */
export function dropDanglingParts(facts: readonly Fact[]): Fact[] {
  const ids = new Set(facts.map((f) => f.id));
  return facts.map((f) => (f.partOf !== null && (!ids.has(f.partOf) || f.partOf === f.id) ? { ...f, partOf: null } : f));
}

/** The latest fact of `candidates` that can be `part`'s whole. */
function wholeAmong(candidates: readonly Fact[], part: Fact): Fact | undefined {
  return candidates.findLast((w) => fits(w, part));
}

/**
 * Sets `partOf` on the facts read from one sentence (`sentence`, starting at
 * body offset `offset`), given the facts of the sentence before.
 */
export function linkParts(sentence: string, offset: number, facts: readonly Fact[], before: readonly Fact[]): Fact[] {
  const placed: Placed[] = facts.map((fact) => ({ fact, start: fact.evidence[0]!.start - offset, end: fact.evidence[0]!.end - offset }));
  const opener = opensWithContinuation(sentence);
  return placed.map(({ fact, start, end }, i) => {
    if (!partable(fact)) return fact;
    const earlier = placed.slice(0, i).filter((w) => fits(w.fact, fact));
    const inSentence = earlier.findLast((w) => PART_BETWEEN_RE.test(sentence.slice(w.end, start)))
      ?? earlier.find((w) => SET_BEFORE_RE.test(sentence.slice(0, w.start)) && SET_TO_PART_RE.test(sentence.slice(w.end, start)));
    const whole = inSentence?.fact ?? (opener || PARTITIVE_AFTER_RE.test(sentence.slice(end)) ? wholeAmong(before, fact) : undefined);
    return whole ? { ...fact, partOf: whole.id } : fact;
  });
}
