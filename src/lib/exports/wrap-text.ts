/**
 * Line breaking for the words around an exported chart. SVG text does not
 * wrap, so lines are broken here, by an estimate of each line's width: the
 * same idea as the charts' `GLYPH` in `bar-layout.ts` (characters times a
 * generous average glyph width), expressed in ems so it holds at any size.
 */

/** Weights the export sets text in. */
export type TextWeight = 'regular' | 'bold';

/**
 * Average glyph width in ems. Source Sans 3 (what the PNGs use) measures
 * about 0.41 em regular and 0.44 em bold on English prose; a standalone SVG
 * may fall back to Arial or Helvetica (about 0.45 and 0.48 em). The estimate
 * covers the fallback with a margin, so no viewer's text runs off the image.
 */
export const AVG_GLYPH_EM: Readonly<Record<TextWeight, number>> = { regular: 0.48, bold: 0.52 };

/** Estimated width in px of `text` set at `size` px. */
export function textWidth(text: string, size: number, weight: TextWeight = 'regular'): number {
  return [...text].length * size * AVG_GLYPH_EM[weight];
}

/** Splits a word too long for any line into pieces that each fit `room` characters. */
function splitWord(word: string, room: number): string[] {
  const chars = [...word];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += room) pieces.push(chars.slice(i, i + room).join(''));
  return pieces;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` px at `size` px, at
 * spaces only; a word is cut only when it alone is wider than a line (a long
 * URL). Runs of whitespace collapse to one space; empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: TextWeight = 'regular'): string[] {
  const room = Math.max(1, Math.floor(maxWidth / (size * AVG_GLYPH_EM[weight])));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if ([...candidate].length <= room) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = [...word].length > room ? splitWord(word, room) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line) lines.push(line);
  return lines;
}
