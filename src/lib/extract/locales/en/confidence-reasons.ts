/** Why a fact is low confidence, in the words an editor reads (`confidence.ts`). */
export const CONFIDENCE_REASONS = {
  noPlace: 'no place is named for it',
  noPeriod: 'no period is named for it',
  unnamedMeasure: 'nothing says what it measures',
  twoPlaces: 'two places fit',
  onlyPartner: 'the only place named is a partner, a source or a route’s end',
  unknownNear: 'a place the gazetteer lacks stands next to it; the place was taken from elsewhere in the article',
  fallbackPlace: 'its place comes from GeoNames, not from the curated gazetteer',
  unitTrap: 'its unit is a known translation trap',
} as const;

/** One reason's key. */
export type ConfidenceReasonKey = keyof typeof CONFIDENCE_REASONS;
