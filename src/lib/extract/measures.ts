/**
 * The measure registry's helpers for the extraction stages. The registry
 * itself, every measure with its kind and flags, is part of the schema
 * (`src/schema/measures.ts`), since a fact's `measure` must be one of them.
 */
import { MEASURES } from '../../schema.ts';

export { MEASURES, type MeasureEntry } from '../../schema.ts';

/** The measure a change or a share is of: `train-trips-growth` → `train-trips`. */
export const baseMeasure = (measure: string): string => measure.replace(/-(?:growth|share)$/, '');

/** True when the registry declares the measure, or the measure it is a change or share of. */
export const isDeclared = (measure: string): boolean => measure in MEASURES || baseMeasure(measure) in MEASURES;

/** True for a plan or a size: a moment such as `in April` cannot date it. */
export const isTimeless = (measure: string): boolean => MEASURES[measure]?.timeless === true;

/** True for a measure that only its own sentence can date: a plan, a size or a standing network. */
export const isStock = (measure: string): boolean => MEASURES[measure]?.stock === true;
