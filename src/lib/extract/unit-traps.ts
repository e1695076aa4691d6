/** Warnings for units that translation is known to get wrong (`locales/en/unit-traps.ts`). */
import type { ArticleFrontMatter } from '../../schema.ts';
import { UNIT_TRAPS } from './locales/en/unit-traps.ts';

/** The warnings for a fact in `unit` read from an article with the given `translation` (absent when unknown). */
export function unitWarnings(unit: string, translation: ArticleFrontMatter['translation']): string[] {
  return UNIT_TRAPS.filter((t) => t.unit === unit && translation !== t.unlessTranslation).map((t) => t.warning);
}
