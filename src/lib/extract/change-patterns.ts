/**
 * The patterns that find a reported change, built from the locale's change
 * words (`locales/en/change-words.ts`), and the quick word tests that say
 * which of them a sentence can match. `changes.ts` reads their matches.
 */
import { NUMBER_WORDS } from './lexicon.ts';
import { BASIS_ADJECTIVES, DOWN_COMPARATIVES, DOWN_NOUNS, DOWN_VERBS, UP_COMPARATIVES, UP_DOWN_BEFORE, UP_NOUNS, UP_VERBS } from './locales/en/change-words.ts';
import { RESPECTIVELY } from './locales/en/antecedent-words.ts';
import { DIGITS } from './numbers.ts';

const WORDS = Object.keys(NUMBER_WORDS).join('|');
export const NUM = String.raw`(${DIGITS}|${WORDS})`;
export const PCT = String.raw`(\s?(?:%|percent\b|per cent\b|pct\b)|\s?-?\s?fold\b|\s?times\b)?`;
export const QUAL = String.raw`(?:(?:nearly|almost|about|around|roughly|more\s+than|over|some|close\s+to)\s+)?`;
export const alt = (words: readonly string[]) => words.map((w) => w.replace(/[ -]/g, '[\\s-]+')).join('|');
export const NOUN_RE = new RegExp(
  String.raw`\b(?:an?\s+)?(?:(${alt(BASIS_ADJECTIVES)})\s+)?(${alt([...UP_NOUNS, ...DOWN_NOUNS])})s?\s+(?:of|by)\s+${QUAL}${NUM}${PCT}`,
  'giu',
);
/** Translated copy drops the "of": `year-on-year growth 18.7%`; only with its basis and a printed percentage or multiple. */
export const BARE_NOUN_RE = new RegExp(
  String.raw`\b(${alt(BASIS_ADJECTIVES)})\s+(${alt([...UP_NOUNS, ...DOWN_NOUNS])})\s+${QUAL}${NUM}(\s?(?:%|percent\b|per cent\b|pct\b)|\s?-?\s?fold\b|\s?times\b)`,
  'giu',
);
export const VERB_RE = new RegExp(String.raw`\b(${alt([...UP_VERBS, ...DOWN_VERBS])})(?:\s+by)?\s+${QUAL}${NUM}${PCT}`, 'giu');
export const UP_DOWN_RE = new RegExp(String.raw`(?<=${UP_DOWN_BEFORE})\b(up|down)(?:\s+by)?\s+${QUAL}${NUM}${PCT}`, 'giu');
/** `an 18% increase`, `a 7 percent year-on-year growth`, `a 41.2 percent annual surge`. */
export const SIZE_NOUN_RE = new RegExp(String.raw`\b${NUM}(\s?(?:%|percent\b|per cent\b|pct\b))(?:\s+(${alt(BASIS_ADJECTIVES)}))?\s+(${alt([...UP_NOUNS, ...DOWN_NOUNS])})\b`, 'giu');
/** `52.8pct higher`, `30% more`, `1.52 times higher`. */
export const COMPARATIVE_RE = new RegExp(String.raw`\b${NUM}(\s?(?:%|percent\b|per cent\b|pct\b)|\s+times)\s+(${alt([...UP_COMPARATIVES, ...DOWN_COMPARATIVES])})\b(?!\s+(?:than\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)`, 'giu');
/** `increase its exports to China by 2.5 times`: a verb of change earlier in the clause. */
export const BY_TIMES_RE = new RegExp(String.raw`\b(?:${alt([...UP_VERBS, ...DOWN_VERBS, ...UP_NOUNS, 'increase', 'raise', 'boost', 'expand', 'grow'])})\b[^,;]{0,60}?\bby\s+${QUAL}${NUM}(\s?-?\s?fold\b|\s+times\b)`, 'giu');
/** `a 3.2-fold increase`, `a five-fold rise`. */
export const FOLD_NOUN_RE = new RegExp(String.raw`\b(?:an?\s+)?${QUAL}${NUM}(\s?-?\s?fold)\s+(increase|rise|growth|jump)`, 'giu');
/** `five times that of last year`, `3 times the level of a year earlier`. */
export const TIMES_OF_RE = new RegExp(String.raw`\b${QUAL}${NUM}(\s+times)\s+(?:that|those|the\s+(?:level|figure|number|amount|volume|total))\s+of\b`, 'giu');
export const AGO_RE = /^\s*(?:the\s+same\s+period\s+(?:of\s+)?)?(?:last\s+year|a\s+year\s+(?:earlier|ago))/i;
/** `doubled`, and `double that of 2021`, `triple the capacity`: a multiple said in one word. */
export const MULTIPLIED_RE = new RegExp(String.raw`\b(doubled|tripled|trebled|quadrupled)\b|\b(double|triple|treble|quadruple|twice)\s+(?=(?:that|those|the|its|their)\b)`, 'giu');
/** `from 7 to 139`, `from 26 in 2020 to 310`, `from 7 last year to 139`. */
export const FROM_TO_RE = new RegExp(String.raw`\bfrom\s+${NUM}(?:\s+(?:in\s+(?:19|20)\d\d|last\s+year|a\s+year\s+(?:earlier|ago)))?\s+to\s+${NUM}(?![\d%])`, 'giu');
/** A `from A to B` is a change only after a verb of change; otherwise it is a range. */
export const CHANGE_VERB_BEFORE_RE = /\b(?:increased|increasing|increase|rose|risen|rising|grew|grown|growing|jumped|climbed|expanded|surged|soared|fell|fallen|falling|decreased|decreasing|declined|dropped|went up|gone up|went down|gone down|shrank|shrunk|cut|reduced|raised|up|down)\s+(?:\w+\s+)?$/i;
export const BASIS_RE = /^\s*,?\s*(year[\s-]+on[\s-]+year|y-o-y|month[\s-]+on[\s-]+month|(?:over|from|compared (?:with|to)|than)\s+(?:the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year|a\s+year\s+(?:earlier|ago)|(?:last|the\s+previous)\s+year)|(?:that|those)\s+of\s+(?:the\s+same\s+period\s+(?:of\s+)?)?last\s+year|(?:that|those)\s+of\s+a\s+year\s+(?:earlier|ago))/i;

/** `…, up from 3,200 a year earlier`: the earlier level, after a comma. */
export const UP_FROM_RE = new RegExp(String.raw`(?<=${UP_DOWN_BEFORE})\b(?:up|down|rising|falling)\s+from\s+${QUAL}(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,]*\s*(?:%|percent|per cent|pct|times|-?fold)\b)`, 'giu');

/** The next size in a list after a change: `, 20 percent`, ` and 3 times`. */
export const LIST_NEXT_RE = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+)?|\s+and\s+)${NUM}(\s?(?:%|percent\b|per cent\b|pct\b)|\s?-?\s?fold\b|\s+times\b)`, 'iu');
/** `… rose 31pct and 9pct respectively`: several changes paired with several figures, in order. */
export const RESPECTIVELY_RE = new RegExp(String.raw`\b(?:${RESPECTIVELY})\b`, 'i');

/** A quick test for a word from a list; the patterns above are tried only where their words stand. */
const anyOf = (words: readonly string[]) => new RegExp(String.raw`\b(?:${alt(words)})`, 'iu');
export const HAS_NOUN = anyOf([...UP_NOUNS, ...DOWN_NOUNS]);
export const HAS_VERB = anyOf([...UP_VERBS, ...DOWN_VERBS]);
export const HAS_UP_DOWN = anyOf(['up', 'down']);
export const HAS_COMPARATIVE = anyOf([...UP_COMPARATIVES, ...DOWN_COMPARATIVES]);
export const HAS_MULTIPLE = /fold|times|\b(?:doubl|tripl|trebl|quadrupl|twice)/i;
export const HAS_FROM = anyOf(['from']);
