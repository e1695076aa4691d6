/**
 * The syntactic layer: wink-nlp's part-of-speech tags for one sentence, and
 * what they tell about a bare number that the word patterns could not
 * place — the noun it counts, read from the clause's structure rather than
 * from a window of characters:
 *
 * - a part of a set, as the subject of its clause: `Of the 40 companies in
 *   the zone, 25 have signed contracts` counts companies;
 * - the object of its subject's verb, with time phrases between:
 *   `Car exports from the port surged in 2023 to reach 18,000` counts cars.
 *
 * A sentence is tagged only when asked, so sentences the patterns settle
 * cost nothing here.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { UNIT_NOUNS } from './lexicon.ts';
import { FLOW_HEADS } from './locales/en/syntax-words.ts';
import { readUnitNoun, type UnitMatch } from './unit-nouns.ts';
import { parseDigits } from './numbers.ts';
import { memoLast } from '../memo/memo.ts';

/** A tagged token. Offsets are relative to the sentence. */
export interface Token {
  text: string;
  lemma: string;
  /** Universal part-of-speech tag: `NOUN`, `VERB`, `NUM`, `ADP`, … */
  pos: string;
  start: number;
  end: number;
}

const nlp = winkNLP(model, ['pos']);
/** Any unit noun of the registry. */
const UNIT_WORD_RE = new RegExp(String.raw`\b(?:${UNIT_NOUNS.flatMap((n) => n.words).map((w) => w.replace(/[ -]/g, '[ -]')).join('|')})\b`, 'i');
const its = nlp.its;

/** The sentence's tokens with their tags and offsets. One sentence is asked about figure by figure, so it is tagged once. */
export const tag = memoLast((sentence: string): Token[] => {
  const doc = nlp.readDoc(sentence);
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  // wink's typings give `its.lemma` the signature of an add-on; at run time it reads like any other property.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((text, i) => {
    const start = sentence.indexOf(text, cursor);
    if (start < 0) return;
    cursor = start + text.length;
    tokens.push({ text, lemma: String(lemmas[i]).toLowerCase(), pos: pos[i]!, start, end: cursor });
  });
  return tokens;
});

const isNoun = (t: Token | undefined) => t?.pos === 'NOUN' || t?.pos === 'PROPN';
const isVerb = (t: Token | undefined) => t?.pos === 'VERB' || t?.pos === 'AUX';
/** Punctuation that ends a clause's stretch: a comma, a semicolon, a colon, a dash between words. */
const isBreak = (t: Token) => t.pos === 'PUNCT' && /^[,;:–—]$/.test(t.text);

/** The unit noun a phrase of tokens names, read by the registry's own reader. */
function unitOf(tokens: readonly Token[]): UnitMatch | null {
  if (tokens.length === 0) return null;
  return readUnitNoun(` ${tokens.map((t) => t.text).join(' ')}`);
}

/**
 * `Of the 40 companies …, 25 have …`: a bare number opening its clause,
 * followed by its verb, counts the nearest larger set named before it.
 */
function partOfSet(tokens: readonly Token[], k: number, value: number): UnitMatch | null {
  const before = tokens[k - 1];
  if (before && !isBreak(before) && before.pos !== 'CCONJ') return null;
  const next = tokens[k + 1]?.pos === 'ADV' ? tokens[k + 2] : tokens[k + 1];
  if (!isVerb(next)) return null;
  for (let i = k - 2; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.pos !== 'NUM' || tokens[i - 1]?.pos !== 'DET' || !(parseDigits(t.text) > value)) continue;
    let end = i + 1;
    while (tokens[end] && (tokens[end]!.pos === 'ADJ' || isNoun(tokens[end]))) end++;
    return unitOf(tokens.slice(i + 1, end));
  }
  return null;
}

/** The counted noun of a subject: its head, or for a flow (`car exports`, `the export of cars`) the thing that flows. */
function countedInSubject(head: readonly Token[], rest: readonly Token[], forChange: boolean): UnitMatch | null {
  const noun = head.at(-1)!;
  if (!FLOW_HEADS.has(noun.lemma)) return unitOf(head);
  // "Exports of new cars rose by 90 percent": a flow changes by value, not by count.
  if (forChange) return null;
  const modifiers = head.slice(0, -1).filter((t) => isNoun(t) || t.pos === 'ADJ');
  if (modifiers.length) return unitOf(modifiers);
  if (rest[0]?.lemma !== 'of') return null;
  const object: Token[] = [];
  for (const t of rest.slice(1)) {
    if (t.pos !== 'ADJ' && !isNoun(t)) break;
    object.push(t);
  }
  return unitOf(object);
}

/** Words that open a time phrase after a figure, not a noun phrase it modifies. */
const TIME_OPENERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'previous', 'early', 'late']);

/** Tokens a noun phrase and its prepositional phrases are made of: `the shipments of new cars through the pass this spring`. */
const inNounPhrase = (t: Token) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP'].includes(t.pos) || /^[-()]$/.test(t.text);
/** Tokens that may stand between a verb and its figure: more verbs, particles, adverbs, phrases of time or place (`surged in 2023 to reach`). */
const inVerbChain = (t: Token) => ['ADP', 'DET', 'NUM', 'ADV', 'PART', 'AUX', 'VERB', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos);

/**
 * `Car exports from the port surged in 2023 to reach 18,000`: a bare number
 * after a verb of its clause counts what the subject of that verb counts.
 * Verbs are tried from the nearest back; the subject is the noun phrase
 * just before the verb, up to its first preposition.
 */
function objectOfSubject(tokens: readonly Token[], k: number, end: number, forChange: boolean): UnitMatch | null {
  // The figure must end its phrase: "reached 18,000 robots" counts robots, which the registry may not know.
  const next = tokens.find((t) => t.start >= end);
  // "… topped 7.5 million last year": a time phrase after the figure ends its phrase too.
  if (next && (isNoun(next) || next.pos === 'ADJ') && !TIME_OPENERS.has(next.lemma)) return null;
  for (let v = k - 1; v >= 0 && inVerbChain(tokens[v]!); v--) {
    if (tokens[v]!.pos !== 'VERB') continue;
    // A noun between the verb and the figure that no preposition governs is the verb's own object: "carried goods worth 18,000".
    const gap = tokens.slice(v + 1, k);
    if (gap.some((t, i) => isNoun(t) && !gap.slice(0, i).some((x) => x.pos === 'ADP'))) return null;
    let from = v;
    while (from > 0 && inNounPhrase(tokens[from - 1]!)) from--;
    const phrase = tokens.slice(from, v);
    const preposition = phrase.findIndex((t) => t.pos === 'ADP');
    const head = (preposition < 0 ? phrase : phrase.slice(0, preposition)).filter((t) => t.pos !== 'DET' && t.pos !== 'NUM');
    if (head.length && isNoun(head.at(-1))) return countedInSubject(head, preposition < 0 ? [] : phrase.slice(preposition), forChange);
  }
  return null;
}

/**
 * The noun a bare number or a change counts, from the structure of its
 * sentence, or null. A subject lends only unit nouns the registry marks as
 * a subject's (`subject: true`); a set lends any.
 *
 * @param figure where the figure stands in the sentence, its unit word included (`12.6 percent`)
 * @param value the number's value; NaN for a change, which is no part of a set
 * @param forChange true for a change (`increased by 12.6%`), which a flow's subject measures by value, not count
 */
export function countedBySyntax(sentence: string, figure: { start: number; end: number }, value: number, forChange = false): UnitMatch | null {
  // Both readings lend a unit noun printed before the figure; without one, the tagger's cost buys nothing.
  if (!UNIT_WORD_RE.test(sentence.slice(0, figure.start))) return null;
  const tokens = tag(sentence);
  const k = tokens.findIndex((t) => t.start === figure.start && t.pos === 'NUM');
  if (k < 0) return null;
  const object = objectOfSubject(tokens, k, figure.end, forChange);
  return partOfSet(tokens, k, value) ?? (object?.noun.subject ? object : null);
}
