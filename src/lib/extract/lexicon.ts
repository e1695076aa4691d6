/**
 * Curated reference words for reading quantities in English news copy:
 * scale words, currencies, qualifiers, number words and unit nouns.
 * General vocabulary only; nothing here knows any particular article.
 */
import type { Approx } from '../../schema.ts';

/** Scale words and their multipliers. Longest first so `hundred million` wins over `hundred`. */
export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['hundred million', 1e8],
  ['ten thousand', 1e4],
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['hundred', 1e2],
  ['crore', 1e7],
  ['lakh', 1e5],
  ['bln', 1e9],
  ['mln', 1e6],
  ['bn', 1e9],
  ['mn', 1e6],
  ['tn', 1e12],
];

/** Scale words only money takes, glued to its number (`$300m`): bare, they would be metres or thousands of anything. */
export const CURRENCY_SCALES: ReadonlyArray<readonly [string, number]> = [
  ['m', 1e6],
  ['k', 1e3],
];

/** Currency words and symbols, mapped to ISO 4217 codes. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['$', 'USD'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['¥', 'CNY'],
  ['€', 'EUR'],
  ['EUR', 'EUR'],
  ['Rs.', 'PKR'],
  ['Rs', 'PKR'],
  ['PKR', 'PKR'],
  ['KZT', 'KZT'],
  ['₸', 'KZT'],
  ['RUB', 'RUB'],
  ['₽', 'RUB'],
];

export const CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['US dollars', 'USD'],
  ['U.S. dollars', 'USD'],
  ['USD', 'USD'],
  ['dollars', 'USD'],
  ['euros', 'EUR'],
  ['EUR', 'EUR'],
  ['rupees', 'PKR'],
  ['PKR', 'PKR'],
  ['tenge', 'KZT'],
  ['KZT', 'KZT'],
  ['roubles', 'RUB'],
  ['rubles', 'RUB'],
  ['RUB', 'RUB'],
  ['som', 'KGS'],
  ['soms', 'KGS'],
  ['KGS', 'KGS'],
  ['sum', 'UZS'],
  ['UZS', 'UZS'],
];

/** Every currency code the tables above can give. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([...CURRENCY_PREFIXES, ...CURRENCY_SUFFIXES].map(([, code]) => code));

/** Words that qualify a figure, as they appear just before it. Longest first. */
export const QUALIFIERS: ReadonlyArray<readonly [string, Approx]> = [
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['in excess of', 'more-than'],
  ['more than', 'more-than'],
  ['greater than', 'more-than'],
  ['at least', 'at-least'],
  ['as many as', 'up-to'],
  ['as much as', 'up-to'],
  ['close to', 'nearly'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['at most', 'up-to'],
  ['up to', 'up-to'],
  ['approximately', 'about'],
  ['exceeding', 'more-than'],
  ['exceeded', 'more-than'],
  ['exceeds', 'more-than'],
  ['exceed', 'more-than'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['within', 'within'],
  ['about', 'about'],
  ['above', 'more-than'],
  ['over', 'more-than'],
  ['under', 'less-than'],
  ['some', 'about'],
];

/** Number words up to ninety, for figures written out ("five countries"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

export { UNIT_NOUNS, type UnitNoun } from './locales/en/units.ts';

/** Words that end a run of modifiers between a number and its unit noun. */
export const MODIFIER_STOPS: ReadonlySet<string> = new Set([
  'in', 'of', 'to', 'from', 'with', 'the', 'a', 'an', 'for', 'at', 'by', 'on', 'per', 'than', 'is', 'are',
  'was', 'were', 'has', 'have', 'had', 'be', 'been', 'which', 'that', 'this', 'these', 'those', 'it', 'its',
  'their', 'will', 'would', 'can', 'could', 'into', 'as', 'or', 'year', 'years', 'month', 'months', 'since',
  'after', 'before', 'during', 'while', 'each', 'every', 'more', 'than', 'through', 'between',
]);
