/**
 * Line breaking for the words around an exported chart. SVG text does not
 * wrap, so lines are broken here, by the charts' width estimate
 * (`text-metrics.ts`) with the export's glyph width, which holds at any size.
 */
import { charsIn, estimateWidth, EXPORT_EM, type TextWeight } from '../charts/text-metrics.ts';
import { wrap } from '../charts/wrap-words.ts';

export type { TextWeight };

/** Average glyph width in ems of the export's text: {@link EXPORT_EM}. */
export const AVG_GLYPH_EM = EXPORT_EM;

/** Estimated width in px of `text` set at `size` px. */
export function textWidth(text: string, size: number, weight: TextWeight = 'regular'): number {
  return estimateWidth(text, size, EXPORT_EM, weight);
}

/**
 * Breaks `text` into lines no wider than `maxWidth` px at `size` px, at
 * spaces only; a word is cut only when it alone is wider than a line (a long
 * URL). Runs of whitespace collapse to one space; empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: TextWeight = 'regular'): string[] {
  return wrap(text, charsIn(maxWidth, size, EXPORT_EM, weight));
}
