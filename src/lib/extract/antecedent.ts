/**
 * A change whose subject points back to a figure of the sentence before:
 * "This figure increased by 14%", "These two figures have risen by 31pct
 * and 9pct respectively". It is a change of that figure: same kind and
 * measure, and its place and period unless it names its own.
 */
import type { Fact } from '../../schema.ts';
import type { Figure } from './figures.ts';
import { RESPECTIVELY_RE } from './change-patterns.ts';
import { ANAPHORIC_SUBJECT } from './locales/en/antecedent-words.ts';

const SUBJECT_RE = new RegExp(`^\\s*(?:${ANAPHORIC_SUBJECT})\\b`, 'i');

/** True when a fact is itself a change with no level beside it ("up 12 percent"). */
export function isStandaloneChange(fact: Fact): boolean {
  return fact.change !== null && fact.value === fact.change.value && fact.unit === fact.change.unit;
}

/**
 * The earlier figure a stand-alone change in `sentence` reports on, or null.
 *
 * @param figures the sentence's figures; `i` is the change's index
 * @param previous the level facts of the last sentence that had any, in order
 */
export function antecedentOf(sentence: string, figures: readonly Figure[], i: number, previous: readonly Fact[]): Fact | null {
  if (previous.length === 0) return null;
  const clauseStart = Math.max(sentence.lastIndexOf(';', figures[i]!.start) + 1, 0);
  if (!SUBJECT_RE.test(sentence.slice(clauseStart))) return null;
  const changes = figures.filter((f) => f.isChange);
  if (RESPECTIVELY_RE.test(sentence) && changes.length > 1) return previous.length === changes.length ? previous[changes.indexOf(figures[i]!)]! : null;
  return previous.at(-1)!;
}

/**
 * The earlier figure a level with no measure of its own is a new value of:
 * "In May alone, the value reached 2.1 billion yuan" after a sentence on the
 * zone's trade value. The subject opening the figure's stretch points back;
 * the last level of the sentence before in the same unit is the one.
 *
 * @param stretchStart where the figure's stretch between commas begins
 */
export function levelAntecedentOf(sentence: string, stretchStart: number, unit: string, previous: readonly Fact[]): Fact | null {
  if (!SUBJECT_RE.test(sentence.slice(stretchStart))) return null;
  return previous.filter((f) => f.unit === unit && !isStandaloneChange(f)).at(-1) ?? null;
}
