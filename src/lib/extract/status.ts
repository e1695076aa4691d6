/**
 * How a figure stands (`FactStatus`): read from cue words in its clause
 * and from its measure. Cues before the figure in its clause count; a plan
 * measure is always `planned`.
 */
import type { FactStatus, Period } from '../../schema.ts';
import { baseMeasure, isStock, isTimeless, MEASURES } from './measures.ts';
import { CUMULATIVE_CUES, EXPECTED_CUES, PLAN_TO_CUES, PLANNED_CUES, TARGET_CUES, TOTAL_CUES } from './locales/en/status-cues.ts';

const PLANNED_RE = new RegExp(PLANNED_CUES, 'iu');
const EXPECTED_RE = new RegExp(EXPECTED_CUES, 'iu');
const TARGET_RE = new RegExp(TARGET_CUES, 'iu');
const CUMULATIVE_RE = new RegExp(CUMULATIVE_CUES, 'iu');
const PLAN_TO_RE = new RegExp(PLAN_TO_CUES, 'iu');
const TOTAL_RE = new RegExp(TOTAL_CUES, 'iu');

/** What status needs to know about a figure. */
export interface StatusContext {
  measure: string;
  /** The figure's clause up to the figure. */
  before: string;
  /** The figure's clause after it. */
  after: string;
  period: Period | null;
}

/** The status of one figure. */
export function statusOf({ measure, before, after, period }: StatusContext): FactStatus {
  if (measure.startsWith('investment-planned')) return 'planned';
  // "will triple the capacity from 200 to 600 vehicles": the level changed from is the present one, whatever is to come.
  if (/\bfrom\s+(?:about\s+|around\s+|some\s+)?$/i.test(before) && /^[^,;.]{0,30}?\bto\s+(?:about\s+|around\s+)?\d/i.test(after)) return 'actual';
  if (TARGET_RE.test(before)) return 'target';
  if (EXPECTED_RE.test(before)) return 'expected';
  if (PLANNED_RE.test(before) && MEASURES[baseMeasure(measure)]?.kind === 'investment') return 'planned';
  // "plans to send 1,400 trains", "plans to reach 1 million TEU": a plan, whatever it counts.
  if (PLAN_TO_RE.test(before)) return 'planned';
  // A growth is over its span, never a running total ("doubled in two years").
  const growth = measure === 'growth' || measure.endsWith('-growth');
  if (!growth && (CUMULATIVE_RE.test(before) || CUMULATIVE_RE.test(after))) return 'cumulative';
  // "As of the end of 2017" with a span that began before the year named: a running total.
  if (period && period.start !== null && period.start.slice(0, 4) < period.end.slice(0, 4)) return 'cumulative';
  // "made a total of 1,164 trips as of the end of 2017": a flow totalled up to a day, from no start named.
  if (period && period.start === null && TOTAL_RE.test(`${before} ${after}`) && !isStock(measure) && !isTimeless(measure)) return 'cumulative';
  return 'actual';
}
