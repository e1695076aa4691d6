/**
 * Curated reference words for reading quantities in English news copy:
 * scale words, currencies, qualifiers, number words and unit nouns.
 * General vocabulary only; nothing here knows any particular article.
 */
import type { Approx, FactKind } from '../../schema.ts';

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

/** A unit noun: the words that name it, its canonical unit and the kind it suggests. */
export interface UnitNoun {
  /** Canonical plural unit, e.g. `trains`, `tonnes`, `km2`. */
  unit: string;
  /** Surface forms, singular and plural, lower case. */
  words: readonly string[];
  /** The kind this unit suggests before context is read; null means "decide from context". */
  kind: FactKind | null;
}

/** Unit nouns. A count is only read when its noun is one of these. */
export const UNIT_NOUNS: readonly UnitNoun[] = [
  { unit: 'trains', words: ['train', 'trains', 'trips', 'trip'], kind: 'trains' },
  { unit: 'projects', words: ['project', 'projects'], kind: 'project' },
  { unit: 'enterprises', words: ['enterprise', 'enterprises', 'company', 'companies', 'firm', 'firms', 'businesses'], kind: 'project' },
  { unit: 'vehicles', words: ['vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'lorries'], kind: 'port' },
  { unit: 'tonnes', words: ['tonne', 'tonnes', 'ton', 'tons', 'metric tons', 'metric tonnes'], kind: 'port' },
  { unit: 'TEU', words: ['teu', 'teus', 'twenty-foot equivalent units', 'standard containers'], kind: 'port' },
  { unit: 'containers', words: ['container', 'containers'], kind: 'port' },
  { unit: 'routes', words: ['route', 'routes', 'railway express services', 'train services', 'freight services', 'rail services', 'express services'], kind: 'other' },
  { unit: 'passengers', words: ['passenger', 'passengers', 'person-times'], kind: 'port' },
  { unit: 'jobs', words: ['job', 'jobs', 'employment', 'employees'], kind: 'other' },
  { unit: 'people', words: ['people', 'persons', 'workers', 'residents'], kind: 'other' },
  { unit: 'households', words: ['household', 'households'], kind: 'other' },
  { unit: 'ports', words: ['port', 'ports'], kind: 'port' },
  { unit: 'countries', words: ['country', 'countries'], kind: 'other' },
  { unit: 'cities', words: ['city', 'cities'], kind: 'other' },
  { unit: 'agreements', words: ['agreement', 'agreements', 'contracts'], kind: 'other' },
  { unit: 'measures', words: ['measure', 'measures'], kind: 'other' },
  { unit: 'units', words: ['unit', 'units', 'sets'], kind: 'other' },
  { unit: 'acres', words: ['acre', 'acres'], kind: 'other' },
  { unit: 'mu', words: ['mu'], kind: 'other' },
  { unit: 'hectares', words: ['hectare', 'hectares'], kind: 'other' },
  { unit: 'km2', words: ['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km', 'km2'], kind: 'other' },
  { unit: 'm2', words: ['square meters', 'square metres', 'square meter', 'square metre'], kind: 'other' },
  { unit: 'km', words: ['kilometers', 'kilometres', 'kilometer', 'kilometre', 'km'], kind: 'other' },
  { unit: 'm', words: ['meters', 'metres', 'meter', 'metre'], kind: 'other' },
  { unit: 'GW', words: ['gw', 'gigawatt', 'gigawatts'], kind: 'other' },
  { unit: 'MW', words: ['mw', 'megawatt', 'megawatts'], kind: 'other' },
  { unit: 'kW', words: ['kw', 'kilowatt', 'kilowatts'], kind: 'other' },
  { unit: 'categories', words: ['categories', 'category', 'types of goods', 'kinds of goods', 'varieties'], kind: 'other' },
  { unit: 'provinces', words: ['provinces', 'municipalities'], kind: 'other' },
  { unit: 'teams', words: ['team', 'teams'], kind: 'other' },
  { unit: 'tracks', words: ['track', 'tracks'], kind: 'other' },
  { unit: 'hours', words: ['hour', 'hours'], kind: 'port' },
  { unit: 'minutes', words: ['minute', 'minutes'], kind: 'port' },
  { unit: 'days', words: ['day', 'days', 'working days'], kind: 'other' },
];

/** Words that end a run of modifiers between a number and its unit noun. */
export const MODIFIER_STOPS: ReadonlySet<string> = new Set([
  'in', 'of', 'to', 'from', 'with', 'the', 'a', 'an', 'for', 'at', 'by', 'on', 'per', 'than', 'is', 'are',
  'was', 'were', 'has', 'have', 'had', 'be', 'been', 'which', 'that', 'this', 'these', 'those', 'it', 'its',
  'their', 'will', 'would', 'can', 'could', 'into', 'as', 'or', 'year', 'years', 'month', 'months', 'since',
  'after', 'before', 'during', 'while', 'such', 'each', 'every', 'more', 'than', 'through', 'between',
]);
