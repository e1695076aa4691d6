/**
 * How a figure stands (`FactStatus`): read from cue words in its clause
 * and from its measure. Cues before the figure in its clause count; a plan
 * measure is always `planned`.
 */
import type { FactStatus, Period } from '../../schema.ts';
import { baseMeasure, isStock, isTimeless, MEASURES } from './measures.ts';
import { CUMULATIVE_CUES, EXPECTED_CUES, PLAN_TO_CUES, PLANNED_CUES, TARGET_CUES, TOTAL_CUES } from './locales/en/status-cues.ts';

const PLANNED_G = new RegExp(PLANNED_CUES, 'giu');
const EXPECTED_G = new RegExp(EXPECTED_CUES, 'giu');
const TARGET_G = new RegExp(TARGET_CUES, 'giu');
const CUMULATIVE_RE = new RegExp(CUMULATIVE_CUES, 'iu');
const PLAN_TO_G = new RegExp(PLAN_TO_CUES, 'giu');
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

/** Where the last match of `re` in `text` ends, or -1. */
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/**
 * The cue nearest the figure decides: in "we will invest in 59 projects" the
 * plan ("will invest") stands nearer than the bare future ("will"), and in
 * "the company plans a park that is expected to employ 500" the forecast
 * does. A plan word other than "plans to" marks money only. On a tie the
 * more specific reading wins: target, then planned, then expected.
 */
function nearestCue(measure: string, before: string): FactStatus | null {
  const money = MEASURES[baseMeasure(measure)]?.kind === 'investment';
  const candidates: Array<[FactStatus, number]> = [
    ['target', lastEnd(TARGET_G, before)],
    ['planned', Math.max(lastEnd(PLAN_TO_G, before), money ? lastEnd(PLANNED_G, before) : -1)],
    ['expected', lastEnd(EXPECTED_G, before)],
  ];
  let best: [FactStatus, number] | null = null;
  for (const c of candidates) if (c[1] >= 0 && (!best || c[1] > best[1])) best = c;
  return best?.[0] ?? null;
}

/** The status of one figure. */
export function statusOf({ measure, before, after, period }: StatusContext): FactStatus {
  if (measure.startsWith('investment-planned')) return 'planned';
  // "will triple the capacity from 200 to 600 vehicles": the level changed from is the present one, whatever is to come.
  if (/\bfrom\s+(?:about\s+|around\s+|some\s+)?$/i.test(before) && /^[^,;.]{0,30}?\bto\s+(?:about\s+|around\s+)?\d/i.test(after)) return 'actual';
  const cued = nearestCue(measure, before);
  if (cued) return cued;
  // A growth is over its span, never a running total ("doubled in two years").
  const growth = measure === 'growth' || measure.endsWith('-growth');
  if (!growth && (CUMULATIVE_RE.test(before) || CUMULATIVE_RE.test(after))) return 'cumulative';
  // "As of the end of 2017" with a span that began before the year named: a running total.
  if (period && period.start !== null && period.start.slice(0, 4) < period.end.slice(0, 4)) return 'cumulative';
  // "made a total of 1,164 trips as of the end of 2017": a flow totalled up to a day, from no start named.
  if (period && period.start === null && TOTAL_RE.test(`${before} ${after}`) && !isStock(measure) && !isTimeless(measure)) return 'cumulative';
  return 'actual';
}
