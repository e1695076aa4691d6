/**
 * A reported change as words: `up 89.7% year-on-year`, `up from 7 to 139`,
 * and the earlier level a growth rate implies. The wording comes from the
 * site copy (`labels.changes`); the story and the number cards both use it.
 */
import type { Fact, UiLabels } from '../../schema.ts';
import { formatChange, formatNumber, formatQuantity } from './format-value.ts';

/** The fact's change as prose; the fact must report one. */
export function proseChange(fact: Pick<Fact, 'value' | 'change'>, labels: UiLabels): string {
  const change = fact.change!;
  const words = labels.changes;
  if (change.from !== undefined) {
    const template = change.value < 0 ? words.downFromTo : words.upFromTo;
    return template.replaceAll('{from}', formatNumber(change.from)).replaceAll('{to}', formatNumber(fact.value));
  }
  const size = formatChange({ ...change, value: Math.abs(change.value) }).replace(/^[+−]/, '');
  return (change.value < 0 ? words.down : words.up).replaceAll('{change}', size);
}

/** Three significant figures: an implied level is arithmetic on a rounded rate, not a reported number. */
const roughly = (value: number) => Number(value.toPrecision(3));

/**
 * The earlier level a percentage change implies: 61.04 billion, up 89.7%,
 * implies about 32.2 billion before. Null when the source gave the earlier
 * level itself, when the change is not a percentage, or when it is a fall
 * of 100% or more (no earlier level follows).
 */
export function impliedEarlier(fact: Pick<Fact, 'value' | 'change'>): number | null {
  const change = fact.change;
  if (!change || change.unit !== 'percent' || change.from !== undefined || change.value <= -100) return null;
  return roughly(fact.value / (1 + change.value / 100));
}

/** `implied earlier level: about 32.2 billion yuan`, or null when nothing is implied. */
export function impliedWords(fact: Pick<Fact, 'value' | 'change' | 'unit'>, labels: UiLabels): string | null {
  const earlier = impliedEarlier(fact);
  return earlier === null ? null : labels.changes.implied.replaceAll('{value}', formatQuantity(earlier, fact.unit));
}
