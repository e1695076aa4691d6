/**
 * Units that translation is known to get wrong, for `unit-traps.ts`. A fact
 * in such a unit is published with the warning, and marked low confidence,
 * until an editor has checked it against the original. Add a trap as one
 * entry; no code changes.
 */

/** One known trap. */
export interface UnitTrap {
  /** The fact's unit, as extracted (`acres`). */
  unit: string;
  /**
   * The articles it applies to, by their front matter's `translation`: a text
   * that is not marked `none` may be a translation (Chinese state media's
   * English copy usually is, marked or not).
   */
  unlessTranslation: 'none';
  /** What the editor reads: what the unit may really be, and by how much it would be off. */
  warning: string;
}

export const UNIT_TRAPS: readonly UnitTrap[] = [
  {
    unit: 'acres',
    unlessTranslation: 'none',
    warning: '"acres" in a translation from Chinese often stands for mu (亩, 1/15 hectare, about 1/6 acre): the area may be about six times too large; check the original',
  },
];
