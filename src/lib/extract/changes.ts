/**
 * Reported changes in one sentence: `an increase of 45.6% year-on-year`,
 * `up 89.7 percent`, `an increase of 60 over the same period last year`,
 * `increased from 7 to 139`, `a 3.2-fold increase`, `grew nearly five times`,
 * `doubled`.
 */
import { DOWN_COMPARATIVES, DOWN_NOUNS, DOWN_VERBS, MULTIPLIERS } from './locales/en/change-words.ts';
import { parseDigits, parseNumberWord } from './numbers.ts';
import { AGO_RE, BARE_NOUN_RE, BASIS_RE, BY_TIMES_RE, CHANGE_VERB_BEFORE_RE, COMPARATIVE_RE, FOLD_NOUN_RE, FROM_TO_RE, HAS_COMPARATIVE, HAS_FROM, HAS_MULTIPLE, HAS_NOUN, HAS_UP_DOWN, HAS_VERB, LIST_NEXT_RE, MULTIPLIED_RE, NOUN_RE, RESPECTIVELY_RE, SIZE_NOUN_RE, TIMES_OF_RE, UP_DOWN_RE, UP_FROM_RE, VERB_RE } from './change-patterns.ts';

/** A change read from a sentence. Offsets are relative to the sentence. */
export interface ChangeMention {
  /** Signed size of the change; for `from A to B`, B − A; for a multiple, the factor. */
  value: number;
  /** `percent`, `fold`, or `absolute` (in the unit of the figure it changes). */
  unit: 'percent' | 'fold' | 'absolute';
  /** `year-on-year`, `month-on-month`, `from <A>` or `not stated`. */
  basis: string;
  /** Span of the change's figure as printed. */
  start: number;
  end: number;
  /** For `from A to B`: the earlier level A. */
  from?: number;
  /** For `from A to B`: the new level B and its span. */
  to?: { value: number; start: number; end: number };
  /** For `up from 3,200`: only the earlier level is printed; the change is the figure before it minus this. */
  fromOnly?: boolean;
  /** In a `respectively` list (`up 12 percent and 20 percent … respectively`): its place in the list and the list's length. */
  list?: { index: number; of: number };
}

const DOWN_WORDS = new Set([...DOWN_VERBS, ...DOWN_NOUNS, ...DOWN_COMPARATIVES, 'down']);
const isDown = (word: string) => DOWN_WORDS.has(word.toLowerCase().replace(/s$/, '')) || DOWN_WORDS.has(word.toLowerCase());
const readNumber = (text: string) => (/^\d/.test(text) ? parseDigits(text) : parseNumberWord(text));

/** True when a `from` at `fromIndex` follows a verb of change: `has increased from 7 to 139`. */
export function isChangeFrom(sentence: string, fromIndex: number): boolean {
  return CHANGE_VERB_BEFORE_RE.test(sentence.slice(Math.max(0, fromIndex - 40), fromIndex));
}

function basisOf(prefix: string | undefined, after: string): string {
  const text = prefix ?? BASIS_RE.exec(after)?.[1];
  if (!text) return 'not stated';
  return /month/i.test(text) ? 'month-on-month' : 'year-on-year';
}

function unitOf(printed: string | undefined): ChangeMention['unit'] {
  if (!printed) return 'absolute';
  return /fold|times/i.test(printed) ? 'fold' : 'percent';
}

/** Reads matches whose groups are (basis prefix?, verb, number, unit?). */
function fromRegex(re: RegExp, sentence: string, hasPrefix: boolean): ChangeMention[] {
  const found: ChangeMention[] = [];
  for (const m of sentence.matchAll(re)) {
    const groups = hasPrefix ? m.slice(1) : [undefined, ...m.slice(1)];
    const [prefix, word, digits, printedUnit] = groups;
    // A number word needs a multiple after it ("five times"): "rose by five" is too loose to read.
    if (!/^\d/.test(digits!) && !printedUnit) continue;
    const end = m.index + m[0].length;
    const start = end - digits!.length - (printedUnit?.length ?? 0);
    const sign = isDown(word!) ? -1 : 1;
    found.push({ value: sign * readNumber(digits!), unit: unitOf(printedUnit), basis: basisOf(prefix, sentence.slice(end)), start, end });
  }
  return found;
}

function multiples(sentence: string): ChangeMention[] {
  const found: ChangeMention[] = [];
  for (const re of [FOLD_NOUN_RE, TIMES_OF_RE]) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length + m[2]!.length;
      const tail = sentence.slice(m.index + m[0].length);
      const basis = re === TIMES_OF_RE ? (AGO_RE.test(tail) ? 'year-on-year' : 'not stated') : basisOf(undefined, tail);
      found.push({ value: readNumber(m[1]!), unit: 'fold', basis, start, end });
    }
  }
  for (const m of sentence.matchAll(MULTIPLIED_RE)) {
    const word = (m[1] ?? m[2])!;
    const end = m.index + word.length;
    found.push({ value: MULTIPLIERS[word.toLowerCase()]!, unit: 'fold', basis: basisOf(undefined, sentence.slice(end)), start: m.index, end });
  }
  for (const m of sentence.matchAll(BY_TIMES_RE)) {
    const start = m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[2]!.length);
    found.push({ value: readNumber(m[1]!), unit: 'fold', basis: basisOf(undefined, sentence.slice(m.index + m[0].length)), start, end: m.index + m[0].length });
  }
  return found;
}

function upFrom(sentence: string): ChangeMention[] {
  return [...sentence.matchAll(UP_FROM_RE)].map((m) => {
    const end = m.index + m[0].length;
    const from = parseDigits(m[1]!);
    return { value: Number.NaN, unit: 'absolute' as const, basis: `from ${m[1]}`, start: end - m[1]!.length, end, from, fromOnly: true };
  });
}

/** Sizes printed before the word of change: `an 18% increase`, `52.8pct higher`. */
function sizeFirst(sentence: string): ChangeMention[] {
  const found: ChangeMention[] = [];
  for (const m of sentence.matchAll(SIZE_NOUN_RE)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    const basis = m[3] ? (/month/i.test(m[3]) ? 'month-on-month' : 'year-on-year') : basisOf(undefined, sentence.slice(m.index + m[0].length));
    found.push({ value: (isDown(m[4]!) ? -1 : 1) * readNumber(m[1]!), unit: 'percent', basis, start: m.index, end });
  }
  for (const m of sentence.matchAll(COMPARATIVE_RE)) {
    if (!/^\d/.test(m[1]!)) continue;
    const end = m.index + m[1]!.length + m[2]!.length;
    found.push({ value: (isDown(m[3]!) ? -1 : 1) * readNumber(m[1]!), unit: unitOf(m[2]), basis: basisOf(undefined, sentence.slice(m.index + m[0].length)), start: m.index, end });
  }
  return found;
}

function fromTo(sentence: string): ChangeMention[] {
  const found: ChangeMention[] = [];
  for (const m of sentence.matchAll(FROM_TO_RE)) {
    if (!isChangeFrom(sentence, m.index) || !/^\d/.test(m[1]!) || !/^\d/.test(m[2]!)) continue;
    const from = parseDigits(m[1]!);
    const to = parseDigits(m[2]!);
    const fromStart = m.index + m[0].indexOf(m[1]!, 4);
    const toEnd = m.index + m[0].length;
    found.push({ value: to - from, unit: 'absolute', basis: `from ${m[1]}`, from, start: fromStart, end: fromStart + m[1]!.length, to: { value: to, start: toEnd - m[2]!.length, end: toEnd } });
  }
  return found;
}

/**
 * "up 12 percent and 20 percent year on year respectively": the sizes
 * listed after a change are changes too, each for the figure or the name in
 * the same place of the list before it.
 */
function extendLists(sentence: string, changes: ChangeMention[]): ChangeMention[] {
  const out: ChangeMention[] = [];
  for (const c of changes) {
    if (c.unit === 'absolute' || c.to || !RESPECTIVELY_RE.test(sentence.slice(c.end))) {
      out.push(c);
      continue;
    }
    const list = [c];
    for (let m = LIST_NEXT_RE.exec(sentence.slice(c.end)); m; m = LIST_NEXT_RE.exec(sentence.slice(list.at(-1)!.end))) {
      const at = list.at(-1)!.end;
      const end = at + m[0].length;
      const sign = Math.sign(c.value) || 1;
      list.push({ value: sign * readNumber(m[1]!), unit: unitOf(m[2]), basis: c.basis, start: end - m[1]!.length - m[2]!.length, end });
    }
    const basis = list.length > 1 ? basisOf(undefined, sentence.slice(list.at(-1)!.end)) : c.basis;
    out.push(...list.map((x, index) => (list.length > 1 ? { ...x, basis: x.basis === 'not stated' ? basis : x.basis, list: { index, of: list.length } } : x)));
  }
  return out;
}

/** Finds every reported change in a sentence, in order of position. */
export function findChanges(sentence: string): ChangeMention[] {
  const noun = HAS_NOUN.test(sentence);
  const from = HAS_FROM.test(sentence);
  const found = [
    ...(noun ? fromRegex(NOUN_RE, sentence, true) : []),
    ...(noun ? fromRegex(BARE_NOUN_RE, sentence, true) : []),
    ...(HAS_VERB.test(sentence) ? fromRegex(VERB_RE, sentence, false) : []),
    ...(HAS_UP_DOWN.test(sentence) ? fromRegex(UP_DOWN_RE, sentence, false) : []),
    ...(noun || HAS_COMPARATIVE.test(sentence) ? sizeFirst(sentence) : []),
    ...(HAS_MULTIPLE.test(sentence) ? multiples(sentence) : []),
    ...(from ? fromTo(sentence) : []),
    ...(from ? upFrom(sentence) : []),
  ];
  // Two readings of the same words ("increase of" vs "increased by") are one change.
  const distinct = found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((c, i, all) => i === 0 || all[i - 1]!.end <= c.start);
  return extendLists(sentence, distinct).filter((c, i, all) => i === 0 || all[i - 1]!.end <= c.start);
}
