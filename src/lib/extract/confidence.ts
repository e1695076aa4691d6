/**
 * How sure the extractor is of a fact: `high` only when its value, unit,
 * measure, place and period were each stated or resolved with a clear
 * margin; otherwise `low`, with every reason in words (`two places fit;
 * no period is named for it`), so an editor knows what to check.
 */
import type { Fact, Place } from '../../schema.ts';
import { isStock, isTimeless, isUnnamed } from './classify.ts';
import { CONFIDENCE_REASONS, type ConfidenceReasonKey } from './locales/en/confidence-reasons.ts';

/** A doubt about a figure's place, raised while it was attached (see `attach-place.ts`). */
export type PlaceDoubt = 'twoPlaces' | 'onlyPartner' | 'unknownNear';

/** What the confidence of one fact is read from. */
export interface ConfidenceInput {
  measure: string;
  places: readonly Place[];
  period: Fact['period'];
  placeDoubt: PlaceDoubt | null;
  warnings: readonly string[];
  status: Fact['status'];
}

/** The fact's confidence and, when low, why. */
export function confidenceOf({ measure, places, period, placeDoubt, warnings, status }: ConfidenceInput): Pick<Fact, 'confidence' | 'confidenceReason'> {
  const reasons: ConfidenceReasonKey[] = [];
  if (isUnnamed(measure)) reasons.push('unnamedMeasure');
  if (places.length === 0) reasons.push('noPlace');
  else if (placeDoubt) reasons.push(placeDoubt);
  if (places.some((p) => p.curated === false)) reasons.push('fallbackPlace');
  // A plan, a forecast or an aim, a size or a stock needs no period to be pinned down: "will invest", "the region has 20 ports".
  const undated = isTimeless(measure) || isStock(measure) || status === 'planned' || status === 'expected' || status === 'target';
  if (!period && !undated) reasons.push('noPeriod');
  if (warnings.length) reasons.push('unitTrap');
  return reasons.length ? { confidence: 'low', confidenceReason: reasons.map((r) => CONFIDENCE_REASONS[r]).join('; ') } : { confidence: 'high', confidenceReason: null };
}
