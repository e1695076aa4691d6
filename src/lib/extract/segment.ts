/**
 * Sentence segmentation with offsets. The platform's splitter
 * (`Intl.Segmenter`, ICU's UAX #29 rules) does the work; a pass from the
 * locale's abbreviation table joins what it breaks after `Dr.` or `Nov.`
 * and splits what it joins before a sentence that opens with a digit
 * (`… the target. 5,900 trains left.`), which UAX #29 never breaks.
 */
import type { Span } from './furniture.ts';
import { ALWAYS_BEFORE, INSIDE_NAMES } from './locales/en/abbreviations.ts';

/** A sentence with its offsets in the body. */
export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

const splitter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A mark that can end a sentence before the end of the text. */
const INNER_STOP_RE = /[.!?。！？;…][^]*\S/u;
/** A piece that ends in an abbreviation that never ends a sentence, or in an initial (`J.`, `U.S.`, `a.m.`); a lone small letter is a unit (`5 million t.`). */
const ALWAYS_RE = new RegExp(String.raw`(?:^|[^\p{L}.])(?:${ALWAYS_BEFORE.join('|')}|\p{Lu}(?:\.\p{L})*|\p{Ll}(?:\.\p{L})+)\.\s*$`, 'u');
const INSIDE_NAME_RE = new RegExp(String.raw`(?:^|[^\p{L}.])(?:${INSIDE_NAMES.join('|')})\.\s*$`, 'u');
/** What opens an ordinary sentence rather than the rest of a company's name. */
const SENTENCE_OPENER_RE = /^["“‘(]?(?:The|This|That|These|Those|It|Its|In|On|At|By|For|A|An|As|They|He|She|We|But|And|According)\b/u;
/**
 * Where UAX #29 misses a sentence start: spaces before a digit (a sentence
 * that opens with a number), or no space at all between a word's stop and a
 * capitalised word (`containers.After years`), as copy pasted from a page
 * often has. `China.org.cn` and `AKIPRESS.COM` stay whole.
 */
const MISSED_OPENER_RE = /(?<=[.!?]["”’)\]]?)\s+(?=\d)|(?<=\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll}+\s)/gu;

/** A stop before a digit or a capital: what any missed opening needs, found fast since the pattern opens with a mark. */
const MAYBE_MISSED_RE = /[.!?]["”’)\]]?(?:\s+\d|\p{Lu})/u;
/** The end of a piece, where an abbreviation would stand; the patterns are anchored there, and cost less on a short text. */
const tail = (text: string) => text.trimEnd().slice(-24);

/** Splits where a sentence opens unseen by UAX #29, unless the stop is an abbreviation's (`No. 3`, `Jan. 2024`). */
function splitBeforeDigits(piece: string, at: number): Array<{ text: string; at: number }> {
  if (!MAYBE_MISSED_RE.test(piece)) return [{ text: piece, at }];
  const out: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const m of piece.matchAll(MISSED_OPENER_RE)) {
    if (ALWAYS_RE.test(tail(piece.slice(from, m.index)))) continue;
    out.push({ text: piece.slice(from, m.index), at: at + from });
    from = m.index + m[0].length;
  }
  out.push({ text: piece.slice(from), at: at + from });
  return out;
}

/** The sentences of one paragraph's text, with offsets into it. */
function sentencesOf(text: string): Array<{ text: string; at: number }> {
  const pieces: Array<{ text: string; at: number }> = [];
  for (const { segment, index } of splitter.segment(text)) {
    const last = pieces.at(-1);
    const joins = last && (ALWAYS_RE.test(tail(last.text)) || (INSIDE_NAME_RE.test(tail(last.text)) && /^\p{Lu}/u.test(segment) && !SENTENCE_OPENER_RE.test(segment)));
    if (joins) last.text += segment;
    else pieces.push({ text: segment, at: index });
  }
  return pieces.flatMap((p) => splitBeforeDigits(p.text, p.at));
}

/**
 * The longest sentence read as one. A longer one is a table or a list run
 * into a single line: it is read in pieces cut at a semicolon or comma (else
 * a space) near this length, so the work per figure, and the quote each fact
 * keeps, stay bounded however long the line.
 */
export const MAX_SENTENCE = 1000;

/** Where the last match of a global `re` in `text` starts, or -1. */
function lastMatch(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}

/** `text` cut into pieces of at most {@link MAX_SENTENCE} characters, with their offsets. */
export function splitLong(text: string, at: number): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let from = 0;
  while (text.length - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    const floor = MAX_SENTENCE / 2;
    // After a semicolon or a comma that a space follows, else at a space that does not part a number from its word:
    // never inside `12,500`, never between `1.2` and `billion`.
    const cut = [/;\s/g, /,\s/g, /(?<!\d)\s(?!\d)/g].map((re) => lastMatch(window, re)).find((i) => i >= floor) ?? MAX_SENTENCE - 1;
    out.push({ text: text.slice(from, from + cut + 1), at: at + from });
    from += cut + 1;
  }
  out.push({ text: text.slice(from), at: at + from });
  return out;
}

/**
 * Splits each paragraph span of `body` into sentences with exact offsets.
 *
 * @param needsSplit false for a paragraph whose sentences the caller need not tell apart (no figure, no date): it is kept whole
 */
export function segment(body: string, paragraphs: readonly Span[], needsSplit: (paragraph: string) => boolean = () => true): Sentence[] {
  const out: Sentence[] = [];
  const push = (whole: string, from: number, paragraph: number) => {
    for (const piece of whole.length > MAX_SENTENCE ? splitLong(whole, from) : [{ text: whole, at: from }]) pushOne(piece.text, piece.at, paragraph);
  };
  const pushOne = (text: string, at: number, paragraph: number) => {
    const trimmed = text.trim();
    if (trimmed === '') return;
    const start = at + text.length - text.trimStart().length;
    out.push({ text: trimmed, start, end: start + trimmed.length, paragraph });
  };
  paragraphs.forEach((span, paragraph) => {
    const text = body.slice(span.start, span.end);
    if (!INNER_STOP_RE.test(text.trim()) || !needsSplit(text)) push(text, span.start, paragraph);
    else for (const s of sentencesOf(text)) push(s.text, span.start + s.at, paragraph);
  });
  return out;
}
