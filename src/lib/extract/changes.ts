/**
 * Reported changes in one sentence: `an increase of 45.6% year-on-year`,
 * `up 89.7 percent`, `an increase of 60 over the same period last year`,
 * `increased from 7 to 139`.
 */
import { parseDigits } from './numbers.ts';

/** A change read from a sentence. Offsets are relative to the sentence. */
export interface ChangeMention {
  /** Signed size of the change; for `from A to B`, B − A. */
  value: number;
  /** `percent`, `fold`, or `absolute` (in the unit of the figure it changes). */
  unit: 'percent' | 'fold' | 'absolute';
  /** `year-on-year`, `month-on-month`, `from <A>` or `not stated`. */
  basis: string;
  /** Span of the change's figure as printed. */
  start: number;
  end: number;
  /** For `from A to B`: the new level B and its span. */
  to?: { value: number; start: number; end: number };
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const PCT = String.raw`(\s?(?:%|percent\b|per cent\b)|\s?-?\s?fold\b|\s?times\b)?`;
const DOWN = /^(?:decrease|decline|drop|fall|reduction|down|decreased|declined|dropped|fell|falling|decreasing)/i;
const NOUN_RE = new RegExp(
  String.raw`\b(?:an?\s+)?(?:(year\s*-\s*on\s*-\s*year|month\s*-\s*on\s*-\s*month)\s+)?(increase|rise|growth|jump|decrease|decline|drop|fall|reduction)s?\s+(?:of|by)\s+${NUM}${PCT}`,
  'giu',
);
const VERB_RE = new RegExp(
  String.raw`\b(up|down|increased|increasing|rose|rising|grew|growing|jumped|surged|soared|climbed|fell|falling|decreased|declined|dropped)(?:\s+by)?\s+${NUM}${PCT}`,
  'giu',
);
const FROM_TO_RE = new RegExp(String.raw`\bfrom\s+${NUM}\s+to\s+${NUM}(?![\d%])`, 'giu');
const BASIS_RE = /^\s*,?\s*(year\s*-\s*on\s*-\s*year|y-o-y|month\s*-\s*on\s*-\s*month|(?:over|from|compared with|than)\s+(?:the\s+same\s+period\s+(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago)|last\s+year))/i;

function basisOf(prefix: string | undefined, after: string): string {
  const text = prefix ?? BASIS_RE.exec(after)?.[1];
  if (!text) return 'not stated';
  return /month/i.test(text) ? 'month-on-month' : 'year-on-year';
}

function unitOf(printed: string | undefined): ChangeMention['unit'] {
  if (!printed) return 'absolute';
  return /fold|times/i.test(printed) ? 'fold' : 'percent';
}

function fromRegex(re: RegExp, sentence: string, hasPrefix: boolean): ChangeMention[] {
  const found: ChangeMention[] = [];
  for (const m of sentence.matchAll(re)) {
    const [whole, ...groups] = m;
    const prefix = hasPrefix ? groups[0] : undefined;
    const word = hasPrefix ? groups[1]! : groups[0]!;
    const digits = hasPrefix ? groups[2]! : groups[1]!;
    const printedUnit = hasPrefix ? groups[3] : groups[2];
    const end = m.index + whole.length;
    const start = end - digits.length - (printedUnit?.length ?? 0);
    const sign = DOWN.test(word) ? -1 : 1;
    found.push({ value: sign * parseDigits(digits), unit: unitOf(printedUnit), basis: basisOf(prefix, sentence.slice(end)), start, end });
  }
  return found;
}

/** Finds every reported change in a sentence, in order of position. */
export function findChanges(sentence: string): ChangeMention[] {
  const found = [...fromRegex(NOUN_RE, sentence, true), ...fromRegex(VERB_RE, sentence, false)];
  for (const m of sentence.matchAll(FROM_TO_RE)) {
    const from = parseDigits(m[1]!);
    const to = parseDigits(m[2]!);
    const fromStart = m.index + m[0].indexOf(m[1]!, 4);
    const toEnd = m.index + m[0].length;
    found.push({
      value: to - from,
      unit: 'absolute',
      basis: `from ${m[1]}`,
      start: fromStart,
      end: fromStart + m[1]!.length,
      to: { value: to, start: toEnd - m[2]!.length, end: toEnd },
    });
  }
  // A verb match inside a noun match ("increase of" vs "increased by") is the same change.
  return found
    .sort((a, b) => a.start - b.start)
    .filter((c, i, all) => i === 0 || all[i - 1]!.end <= c.start);
}
