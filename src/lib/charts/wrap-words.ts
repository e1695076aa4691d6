/**
 * Line breaking for chart text. SVG text does not wrap, so lines are broken
 * here, by character count against a generous glyph width, and every
 * block's height is known before drawing.
 */

/** Splits text into lines of at most `max` characters, at spaces; a longer word is cut. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) lines.push(line);
      lines.push(word.slice(0, max));
      word = word.slice(max);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
