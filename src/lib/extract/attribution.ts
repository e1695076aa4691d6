/**
 * Where a quote's attribution begins: `," said …`, `" Mao Hui, deputy …`. A
 * figure inside the quote belongs to what the speaker talks about, and the
 * places after the cut are the speaker's, not the figure's.
 *
 * The cuts are found once per sentence by walking its quote marks, never by
 * a regular expression run from each figure: with one run per figure, a
 * long run of spaces or a line of thousands of numbers made the reading
 * quadratic in the sentence's length.
 */
import { memoLast } from '../memo/memo.ts';

const QUOTES = new Set(['”', '"']);
const ATTRIBUTION_VERB_RE = /^(?:said|says|told|according)\b/;
const UPPER_RE = /^\p{Lu}/u;
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** A quote mark that closes a quote before its attribution, and where the attribution begins. */
interface Cut {
  quote: number;
  start: number;
}

/** Every attribution cut of a sentence, in order. Linear in its length. */
const cutsOf = memoLast((sentence: string): readonly Cut[] => {
  const cuts: Cut[] = [];
  for (let q = 0; q < sentence.length; q++) {
    if (!QUOTES.has(sentence[q]!)) continue;
    let before = q;
    while (before > 0 && isSpace(sentence[before - 1])) before--;
    const mark = sentence[before - 1];
    let after = q + 1;
    while (isSpace(sentence[after])) after++;
    // `…," Mao Hui` or `… it. " The`: a sentence-ending mark, the quote, then a name or a new sentence.
    if (mark !== undefined && ',.!?'.includes(mark) && UPPER_RE.test(sentence.slice(after, after + 2))) {
      cuts.push({ quote: q, start: before - 1 });
      continue;
    }
    // `…," said`, `…" according to`: an attribution verb after the quote, with or without a comma.
    let verb = after;
    if (sentence[verb] === ',') for (verb++; isSpace(sentence[verb]); verb++);
    if (ATTRIBUTION_VERB_RE.test(sentence.slice(verb, verb + 10))) cuts.push({ quote: q, start: mark !== undefined && ',.'.includes(mark) ? before - 1 : before });
  }
  return cuts;
});

/**
 * Where a quote's attribution begins, if the figure at `figureStart` sits
 * inside the quote; else the sentence length.
 */
export function attributionStart(sentence: string, figureStart: number): number {
  const cuts = cutsOf(sentence);
  let [lo, hi] = [0, cuts.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]!.quote < figureStart) lo = mid + 1;
    else hi = mid;
  }
  const cut = cuts[lo];
  return cut ? Math.max(cut.start, figureStart) : sentence.length;
}
