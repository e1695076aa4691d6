/**
 * Estimated text widths, for laying text out before anything draws it: the
 * server has no fonts to measure with. One estimate, characters times an
 * average glyph width in ems, with the width per use: each errs toward
 * space for the fonts that use may meet, so estimated boxes cover the text
 * a browser sets and labels never collide.
 */

/** Weights chart and export text is set in. */
export type TextWeight = 'regular' | 'bold';

/** Average glyph width in ems, per weight. */
export type GlyphWidths = Readonly<Record<TextWeight, number>>;

/** Chart text in the page's system-ui stack (panels, cards, the timeline). */
export const CHART_EM: GlyphWidths = { regular: 0.56, bold: 0.62 };

/** Labels set among marks (map names, timeline events): wider still, since a collision there hides a name, and names run to capitals. */
export const LABEL_EM: GlyphWidths = { regular: 0.6, bold: 0.6 };

/** The page's own text (an embed's title and notes), for estimating its height: errs wide, so the height errs tall. */
export const PAGE_EM: GlyphWidths = { regular: 0.55, bold: 0.6 };

/**
 * The words around an exported chart. Source Sans 3 (what the PNGs use)
 * measures about 0.41 em regular and 0.44 em bold on English prose; a
 * standalone SVG may fall back to Arial or Helvetica (about 0.45 and 0.48
 * em). The estimate covers the fallback with a margin.
 */
export const EXPORT_EM: GlyphWidths = { regular: 0.48, bold: 0.52 };

/** Estimated width in px of `text` at `size` px. */
export function estimateWidth(text: string, size: number, ems: GlyphWidths, weight: TextWeight = 'regular'): number {
  return [...text].length * size * ems[weight];
}

/** How many characters fit in `room` px at `size` px; at least 1. */
export function charsIn(room: number, size: number, ems: GlyphWidths, weight: TextWeight = 'regular'): number {
  return Math.max(1, Math.floor(room / (size * ems[weight])));
}
