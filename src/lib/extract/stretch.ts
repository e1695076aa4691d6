/**
 * A figure's own stretch of its sentence: from the comma, colon or bracket
 * before it to the comma, semicolon or bracket after it, inside its clause.
 * "The north gate handles 60 trucks a day, the south gate up to 30": each
 * figure's stretch names its own place.
 */

/** Start and end offsets of a stretch, relative to the sentence. */
export interface Stretch {
  start: number;
  end: number;
}

/** The stretch around `[start, end)`, never wider than the clause. */
export function stretchAround(sentence: string, start: number, end: number, clause: Stretch): Stretch {
  const from = Math.max(clause.start, ...[',', ':', '('].map((c) => sentence.lastIndexOf(c, start - 1) + 1));
  const ends = [',', ';', ')'].map((c) => sentence.indexOf(c, end)).filter((i) => i >= 0);
  return { start: from, end: Math.min(clause.end, ...ends) };
}
