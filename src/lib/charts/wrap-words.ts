/**
 * Line breaking for chart text. SVG text does not wrap, so lines are broken
 * here, by character count against a generous glyph width, and every
 * block's height is known before drawing.
 */

/**
 * Splits text into lines of at most `max` characters (code points), at
 * spaces; a word longer than a line (a URL) is cut. Runs of whitespace
 * collapse to one space; empty text gives no lines.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const length = (s: string) => [...s].length;
  for (const whole of text.split(/\s+/).filter(Boolean)) {
    let word = [...whole];
    while (word.length > max) {
      if (line) lines.push(line);
      lines.push(word.slice(0, max).join(''));
      word = word.slice(max);
      line = '';
    }
    const rest = word.join('');
    if (!rest) continue;
    if (!line) line = rest;
    else if (length(line) + 1 + length(rest) <= max) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}
