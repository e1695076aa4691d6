/**
 * Which kind and which measure a figure is, read from the words around it:
 * planned, contracted, in-place, government or aid investment; trade value;
 * output value; revenue; train trips; cargo volume; and so on.
 */
import type { FactKind } from '../../schema.ts';
import { classifyCount, timeNamedBefore } from './classify-count.ts';
import { distance } from './cue-distance.ts';
import { CURRENCY_CODES } from './lexicon.ts';
import { readUnitNoun } from './unit-nouns.ts';
import { TRADE_RE, TRAIN_RE } from './locales/en/measure-cues.ts';
import { NOT_SHARE_OF_PLAN } from './locales/en/status-cues.ts';
import type { Classification, FigureContext } from './figure-context.ts';

export type { Classification, FigureContext } from './figure-context.ts';

const MONEY = CURRENCY_CODES;

/** Investment made abroad: named anywhere in the clause, it decides the measure. */
const OUTWARD_RE = /\b(?:direct|outbound)\s+investment\b[^;]{0,80}?\bin\s+(?:\d+|[a-z]+)\s+countries|\boutward\b|\boutbound investment\b|\boverseas investment\b|\binvest(?:ment|ed)? abroad\b/i;

/** Money measures, most specific first. */
const MONEY_MEASURES: ReadonlyArray<readonly [RegExp, FactKind, string]> = [
  // A statistic of its own, whether reported or planned: the plan goes into the status.
  [/\bfixed[- ]assets?\s+investment\b|\binvestment in fixed assets\b/i, 'investment', 'fixed-asset-investment'],
  [/\bgovernment investment\b|\bgovernment funds?\b|\bfiscal\b(?!\s+years?\b)/i, 'investment', 'investment-government'],
  [/\baid\b|\bassistance funds?\b|\bcounterpart support\b/i, 'investment', 'investment-aid'],
  [/\bin place\b|\bactual(?:ly)?\b|\bintroduc(?:ed|tion of) (?:funds|capital)|\bfunds? (?:introduced|utili[sz]ed)|\bused foreign (?:capital|investment)|\battract(?:ed|s|ing)?\b|\bfrom outside the (?:region|province|autonomous region)\b|\bfrom other (?:provinces|regions)\b/i, 'investment', 'investment-in-place'],
  [/\bcontract(?:ed|s)?\b|\bsign(?:ed|ing)\b|\bagreements? worth\b/i, 'investment', 'investment-contracted'],
  [new RegExp(String.raw`\bplan(?:ned|s)?\b${NOT_SHARE_OF_PLAN}|(?<!\bof\s+(?:the\s+)?)\btotal investment\b|\bto invest\b|\bwill invest\b|\bproposed\b|\bcost(?:s|ing)?\b`, 'i'), 'investment', 'investment-planned'],
  [/(?<!\bimports?\s+and\s+)\bexports?\b(?!\s+and\s+imports?)(?!-oriented)/i, 'trade', 'export-value'],
  [/(?<!\bexports?\s+and\s+)\bimports?\b(?!\s+and\s+exports?)/i, 'trade', 'import-value'],
  [TRADE_RE, 'trade', 'trade-value'],
  [/\bsalar(?:y|ies)\b|\bwages?\b|\bmonthly\s+(?:pay|income)\b/i, 'other', 'salary-monthly'],
  [/\boutput value\b|\boutput\b|\bGDP\b|\bproduc(?:e|es|ed|ing)\b/i, 'other', 'output-value'],
  [/\brevenue\b|\bsales\b|(?<!\btrade\s)\bturnover\b|\bincome\b/i, 'other', 'revenue'],
  [/\binvest(?:ment|ed|s)?\b|\bfunds?\b|\bcapital\b|\bfinancing\b/i, 'investment', 'investment'],
];

/** The last rule is the generic fallback: it only applies when no specific measure is named. */
const SPECIFIC = MONEY_MEASURES.slice(0, -1);
const GENERIC = MONEY_MEASURES[MONEY_MEASURES.length - 1]!;

function classifyMoney(c: FigureContext): Classification {
  if (OUTWARD_RE.test(c.clause)) return { kind: 'investment', measure: 'investment-outward' };
  let nearest: { d: number; kind: FactKind; measure: string } | null = null;
  for (const [re, kind, measure] of SPECIFIC) {
    const d = distance(re, c.before, c.after);
    if (d < (nearest?.d ?? Infinity)) nearest = { d, kind, measure };
  }
  if (nearest) return { kind: nearest.kind, measure: nearest.measure };
  for (const [re, kind, measure] of SPECIFIC) if (re.test(c.clause)) return { kind, measure };
  if (GENERIC[0].test(`${c.before} ${c.after}`) || GENERIC[0].test(c.clause)) return { kind: GENERIC[1], measure: GENERIC[2] };
  // Nothing names the money: what the paragraph, or the story, is about.
  if (c.topic === 'trade') return { kind: 'trade', measure: 'trade-value' };
  if (c.topic === 'investment') return { kind: 'investment', measure: 'investment' };
  return { kind: 'other', measure: 'amount' };
}

/** The kind suggested by the words of a sentence alone, for figures with no unit noun. */
function kindFromWords(text: string): FactKind {
  if (TRAIN_RE.test(text)) return 'trains';
  if (TRADE_RE.test(text)) return 'trade';
  if (/\binvest|\bfunds?\b|\bcapital\b/i.test(text)) return 'investment';
  if (/\bprojects?\b/i.test(text)) return 'project';
  return 'other';
}

export { isStock, isTimeless } from './measures.ts';

/** True when nothing in the text said what the figure measures. */
export function isUnnamed(measure: string): boolean {
  return measure === 'amount' || measure === 'growth' || measure === 'share';
}

/**
 * Classifies a figure. A percentage or multiple that is a change is
 * classified as the measure it changes, with `-growth` added.
 */
export function classify(c: FigureContext, isChange: boolean): Classification {
  if (MONEY.has(c.unit)) return classifyMoney(c);
  if (c.unit !== 'percent' && c.unit !== 'fold') return classifyCount(c);
  if (c.unitKind) {
    // "The number of enterprises rose by 15 percent": the change is of what the subject counts.
    const counted = (c.subject ? readUnitNoun(` ${c.subject}`)?.noun.unit : undefined) ?? (c.unitKind === 'trains' ? 'trains' : undefined);
    const base = counted ? classifyCount({ ...c, unit: counted }).measure : 'growth';
    return { kind: c.unitKind, measure: base === 'growth' ? (isChange ? 'growth' : 'share') : `${base}-${isChange ? 'growth' : 'share'}` };
  }
  const money = classifyMoney(c);
  if (money.measure !== 'amount') return { kind: money.kind, measure: `${money.measure}-${isChange ? 'growth' : 'share'}` };
  const time = timeNamedBefore(c);
  if (time) return { kind: 'other', measure: `${time}-${isChange ? 'growth' : 'share'}` };
  return { kind: kindFromWords(c.clause), measure: isChange ? 'growth' : 'share' };
}
