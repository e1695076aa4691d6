/**
 * The numbers in an article that are not figures, and why: a date, a code
 * (`G30`, `5G`), an ordinal (`14th`), a set already named (`the two
 * ports`), part of a name or slogan, or a number nothing says the measure
 * of. The source pages show each with its reason, beside the figures the
 * extraction published, so a reader can tell what was read and left out
 * from what was never read. Text in, tokens and reasons out.
 */
import { LABEL_NOUNS, GLUED_UNITS } from './locales/en/left-out-words.ts';
import { findNumerals, parseDigits } from './numbers.ts';
import { DEFINITE_RE, inShortQuote } from './quantities.ts';
import { escapeRegExp } from './regex-escape.ts';
import type { LeftOutReason } from '../../schema/left-out-reasons.ts';

export { LEFT_OUT_REASONS, type LeftOutReason } from '../../schema/left-out-reasons.ts';

/** A number as printed, digits or words. Offsets are relative to the text searched. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  words: boolean;
}

/** Every run of digits, glued to letters or not (`G30`, `COVID-19`, `14th` all count), with its separators. */
const DIGITS_RE = /\d(?:[\d,.·]*\d)?/g;
const LABEL_BEFORE_RE = new RegExp(String.raw`\b(?:${LABEL_NOUNS.map(escapeRegExp).join('|')})\s*$`, 'i');
const GLUED_UNIT_RE = new RegExp(String.raw`^(?:${GLUED_UNITS.map(escapeRegExp).join('|')})\b`, 'i');
const ORDINAL_AFTER_RE = /^(?:st|nd|rd|th)\b/i;
const YEAR_RE = /^(?:19|20)\d\d$/;

/** Every number in `text`, in order: digit runs, and number words above one ("one" is mostly an article). */
export function numberTokens(text: string): NumberToken[] {
  const digits = [...text.matchAll(DIGITS_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: parseDigits(m[0]), words: false }));
  const words = findNumerals(text).filter((n) => n.words && n.value > 1).map(({ start, end, value }) => ({ start, end, value, words: true }));
  return [...digits, ...words].sort((a, b) => a.start - b.start);
}

/** Why `token` in `text` is not a figure. `periods` are the spans the period reader took as dates there. */
export function whyLeftOut(text: string, token: NumberToken, periods: ReadonlyArray<{ start: number; end: number }> = []): LeftOutReason {
  const before = text.slice(Math.max(0, token.start - 16), token.start);
  const after = text.slice(token.end, token.end + 12);
  const printed = text.slice(token.start, token.end);
  if (periods.some((p) => p.start <= token.start && token.end <= p.end) || YEAR_RE.test(printed)) return 'date';
  if (!token.words && ORDINAL_AFTER_RE.test(after)) return 'ordinal';
  if (!token.words && (/\p{L}-?$/u.test(before) || (/^\p{L}/u.test(after) && !GLUED_UNIT_RE.test(after)) || LABEL_BEFORE_RE.test(before))) return 'identifier';
  if (inShortQuote(text, token.start)) return 'name';
  if (DEFINITE_RE.test(before)) return 'reference';
  return 'no-measure';
}
