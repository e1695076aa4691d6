/** The accuracy numbers of one scored set, as the table and `--json` print them. */
import type { SetScore } from './score.ts';

/** A share with what it is a share of. */
export interface Ratio {
  hit: number;
  of: number;
}

/** The headline numbers of a set. */
export interface Metrics {
  /** Core gold figures: value and unit found; fully right. */
  coreFound: Ratio;
  coreRight: Ratio;
  /** Every gold figure: value and unit found; fully right. */
  allFound: Ratio;
  allRight: Ratio;
  /** Of the gold figures found, how many have each field right. */
  fields: Record<'kind' | 'measure' | 'place' | 'period' | 'status', Ratio>;
  /** Read figures sitting on a gold figure (or on furniture) that are right. */
  precision: Ratio;
  /** The same, for figures marked `confidence: high`. */
  precisionHigh: Ratio;
  /** Of the read figures sitting on a gold figure, how many are marked `high`: the flag is worth something only if it is not always low. */
  highShare: Ratio;
  noiseHits: number;
  extras: number;
}

const ratio = (hit: number, of: number): Ratio => ({ hit, of });

/** The metrics of one scored set. */
export function metricsOf(score: SetScore): Metrics {
  const found = score.results.filter((r) => r.comparison?.value);
  const core = score.results.filter((r) => r.gold.core);
  const field = (k: 'kind' | 'measure' | 'place' | 'period' | 'status') => ratio(found.filter((r) => r.comparison![k]).length, found.length);
  const high = score.sitting.filter((s) => s.figure.fact.confidence === 'high');
  const noiseHigh = score.noise.filter((n) => n.figure.fact.confidence === 'high');
  return {
    coreFound: ratio(core.filter((r) => r.comparison?.value).length, core.length),
    coreRight: ratio(core.filter((r) => r.comparison?.full).length, core.length),
    allFound: ratio(found.length, score.results.length),
    allRight: ratio(score.results.filter((r) => r.comparison?.full).length, score.results.length),
    fields: { kind: field('kind'), measure: field('measure'), place: field('place'), period: field('period'), status: field('status') },
    precision: ratio(score.sitting.filter((s) => s.right).length, score.sitting.length + score.noise.length),
    precisionHigh: ratio(high.filter((s) => s.right).length, high.length + noiseHigh.length),
    highShare: ratio(high.length, score.sitting.length),
    noiseHits: score.noise.length,
    extras: score.extras.length,
  };
}

/** A share as a number from 0 to 1; 1 when there is nothing to count. */
export function share(r: Ratio): number {
  return r.of === 0 ? 1 : r.hit / r.of;
}
