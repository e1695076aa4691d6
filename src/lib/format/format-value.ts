/**
 * Numbers for people: `3.53 billion yuan`, `$2.4 billion`, `45.6%`,
 * `more than 5,900 trains`, `+45.6% year-on-year`.
 */
import type { Approx, Change, Fact } from '../../schema.ts';
import { UNIT_NOUNS } from '../extract/locales/en/units.ts';

const SCALE_WORDS: ReadonlyArray<readonly [number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
const UNIT_LABELS: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries(UNIT_NOUNS.flatMap((n) => (n.label ? [[n.unit, n.label]] : [])));
const APPROX_WORDS: Readonly<Record<Approx, string>> = {
  exact: '', 'more-than': 'more than', 'at-least': 'at least', about: 'about', nearly: 'nearly',
  'up-to': 'up to', 'less-than': 'less than', within: 'within',
};

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** `3530000000` → `3.53 billion`; small numbers keep their digits, `5,900`. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  for (const [size, word] of SCALE_WORDS) {
    if (abs >= size) return `${plain.format(Number((value / size).toPrecision(6)))} ${word}`;
  }
  return plain.format(value);
}

function unitWord(unit: string, value: number): string {
  const label = UNIT_LABELS[unit];
  if (label) return value === 1 ? label[0] : label[1];
  return value === 1 ? unit.replace(/ies$/, 'y').replace(/s$/, '') : unit;
}

/** The unit as a plural noun, for a heading over bare numbers: `yuan`, `US dollars`, `trains`. */
export function unitName(unit: string): string {
  switch (unit) {
    case 'CNY': return 'yuan';
    case 'USD': return 'US dollars';
    case 'EUR': return 'euros';
    case 'percent': return '%';
    default: return unitWord(unit, 2);
  }
}

/** A value with its unit, without qualifier. */
export function formatQuantity(value: number, unit: string): string {
  const n = formatNumber(value);
  switch (unit) {
    case 'CNY': return `${n} yuan`;
    case 'USD': return `$${n}`;
    case 'EUR': return `€${n}`;
    case 'percent': return `${plain.format(value)}%`;
    case 'fold': return `${plain.format(value)}-fold`;
    default: return `${n} ${unitWord(unit, value)}`;
  }
}

/** A fact's figure as a reader should see it, qualifier included: `more than 5,900 trains`, `50,000–80,000 yuan`. */
export function formatFact(fact: Pick<Fact, 'value' | 'unit' | 'approx'> & { range?: Fact['range'] }): string {
  const words = APPROX_WORDS[fact.approx];
  const figure = fact.range
    ? formatQuantity(fact.range.max, fact.unit).replace(formatNumber(fact.range.max), `${formatNumber(fact.range.min)}–${formatNumber(fact.range.max)}`)
    : formatQuantity(fact.value, fact.unit);
  return `${words ? `${words} ` : ''}${figure}`;
}

/** `+45.6% year-on-year`, `+60 projects year-on-year`, `+132 enterprises (from 7)`. */
export function formatChange(change: Change): string {
  const sign = change.value > 0 ? '+' : change.value < 0 ? '−' : '';
  const size = formatQuantity(Math.abs(change.value), change.unit);
  const basis = change.basis === 'not stated' ? '' : change.basis.startsWith('from') ? ` (${change.basis})` : ` ${change.basis}`;
  return `${sign}${size}${basis}`;
}
