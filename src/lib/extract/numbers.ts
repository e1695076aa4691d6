/**
 * Numerals as printed in news copy: digits with thousands separators and
 * decimals, scale words (`3.53 billion`, `US$1.2bn`) and number words (`five`).
 */
import { CURRENCY_PREFIXES, CURRENCY_SCALES, NUMBER_WORDS, SCALES } from './lexicon.ts';

/** A numeral found in text. Offsets are relative to the text searched. */
export interface Numeral {
  value: number;
  start: number;
  end: number;
  /** True when written in words ("five"), which needs more care to accept. */
  words: boolean;
}

/**
 * Digits as printed: `5,900`, `355.287`, spaced thousands (`260 000`, with a
 * space, a no-break or a thin space) and a middle dot for the decimal point
 * (`3·2`). A space only groups thousands when exactly three digits follow.
 */
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:[.·]\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\p{N}]|[.,·]\d)|\d+(?:[.·]\d+)?`;
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

// Not preceded by a letter, digit or separator, so `H986`, `11th` and `2,000` mid-number are skipped.
// Nor after a letter and a hyphen: `COVID-19`, `Su-27` are names.
// After a letters-only currency sign the digits may be glued on: `Rs18.4 billion`, `RMB5bn`.
const GLUED_PREFIXES = CURRENCY_PREFIXES.map(([w]) => w).filter((w) => /^\p{L}+\.?$/u.test(w)).map((w) => w.replace('.', '\\.'));
const DIGIT_RE = new RegExp(String.raw`(?:(?<![\p{L}\p{N}.,·])|(?<=(?<!\p{L})(?:${GLUED_PREFIXES.join('|')})))(?<!\p{L}-)(?:${DIGITS})(?![\p{N}]|[.,·]\d|(?:st|nd|rd|th)\b)`, 'gu');
const WORD_RE = new RegExp(String.raw`\b(?:(?:${TENS_WORDS})(?:[- ](?:${UNITS_WORDS}))?|${TEENS_WORDS}|${UNITS_WORDS})\b`, 'giu');
// "a 2-million-kilowatt project": the scale may be joined by a hyphen.
const SCALE_RE = new RegExp(String.raw`^[ \u00a0-]?(${SCALES.map(([w]) => w).join('|')})\b`, 'i');

/** Parses a digit string such as `5,900`, `355.287`, `260 000` or `3·2`. */
export function parseDigits(text: string): number {
  return Number(text.replace(/[,\s\u00a0\u202f]/g, '').replace('·', '.'));
}

/** Parses a number word such as `five` or `twenty-one`; NaN when it is not one. */
export function parseNumberWord(text: string): number {
  return text
    .toLowerCase()
    .split(/[- ]/)
    .reduce((sum, word) => sum + (NUMBER_WORDS[word] ?? Number.NaN), 0);
}

/** Finds every numeral in `text`, in order of position. */
export function findNumerals(text: string): Numeral[] {
  const found: Numeral[] = [];
  for (const m of text.matchAll(DIGIT_RE)) {
    found.push({ value: parseDigits(m[0]), start: m.index, end: m.index + m[0].length, words: false });
  }
  for (const m of text.matchAll(WORD_RE)) {
    found.push({ value: parseNumberWord(m[0]), start: m.index, end: m.index + m[0].length, words: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reads a scale word right after a numeral: returns its multiplier and length, or null. */
export function readScale(after: string): { multiplier: number; length: number } | null {
  const m = SCALE_RE.exec(after);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const multiplier = SCALES.find(([w]) => w === word)?.[1];
  return multiplier === undefined ? null : { multiplier, length: m[0].length };
}

/** A scale word only money takes, glued to the number: `$300m`, `US$45mn`, `$50k`. */
export function readCurrencyScale(after: string): { multiplier: number; length: number } | null {
  const m = CURRENCY_SCALE_RE.exec(after);
  const multiplier = m && CURRENCY_SCALES.find(([w]) => w === m[1]!.toLowerCase())?.[1];
  return m && multiplier ? { multiplier, length: m[0].length } : null;
}
const CURRENCY_SCALE_RE = new RegExp(String.raw`^(${CURRENCY_SCALES.map(([w]) => w).join('|')})\b`, 'i');

/** Multiplies without binary noise, so 3.53 × 1e9 is exactly 3530000000. */
export function scale(value: number, multiplier: number): number {
  return Number((value * multiplier).toPrecision(15));
}
