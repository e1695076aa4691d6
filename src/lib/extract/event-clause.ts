/**
 * The clause of a sentence that reports an event: from the verb and its
 * date out to the nearest clause boundary on each side, so a long sentence
 * yields only the part that says what happened. Offsets, never rewritten
 * text, so the clause stays a verbatim slice of the body.
 */

/** A part of a sentence, `[start, end)`. */
export interface ClauseSpan {
  start: number;
  end: number;
}

/** Past this length a clause is cut back to the commas nearest its verb and date. */
export const MAX_CLAUSE = 150;

/** Where a clause may begin: after a semicolon or colon, or before a coordinating word. */
const LEFT_BREAK = /[;:]\s*|,\s+(?:and|but|while|whereas|yet|so)\s+/gi;
/** A subordinating word: its clause starts after it, if no comma stands between it and the verb. */
const SUBORDINATOR = /\b(?:since|after|when|once|before|until|as soon as)\s+/gi;
/** Where a clause ends: a semicolon or colon, a comma before a new clause or a participle, a closing quote. */
const RIGHT_BREAK = /[;:]|,\s+(?=(?:and|but|while|whereas|which|who|where|as|because|although|though|so|yet|with|including|according|said|says)\b|\p{Ll}+ing\b)|[,.!?]\s*[”"]/giu;
const LEADING_JUNK = /^[\s“"‘'(]+/;
const TRAILING_JUNK = /[\s,;:.]+$/;

/** The offset just after the last match of `re` that ends at or before `limit`, or 0. */
function lastBreakBefore(text: string, re: RegExp, limit: number): number {
  let at = 0;
  for (const m of text.matchAll(re)) if (m.index + m[0].length <= limit) at = m.index + m[0].length;
  return at;
}

/** The offset of the first match of `re` at or after `from`, or the length of the text. */
function firstBreakAfter(text: string, re: RegExp, from: number): number {
  for (const m of text.matchAll(re)) if (m.index >= from) return m.index;
  return text.length;
}

/** Trims spaces, opening quotes and closing punctuation off both ends. */
function tidy(sentence: string, span: ClauseSpan): ClauseSpan {
  const slice = sentence.slice(span.start, span.end);
  const lead = LEADING_JUNK.exec(slice)?.[0].length ?? 0;
  const trail = TRAILING_JUNK.exec(slice.slice(lead))?.[0].length ?? 0;
  return { start: span.start + lead, end: span.end - trail };
}

/**
 * The clause around a core (the verb and its date phrase).
 *
 * @param sentence the sentence the core is in
 * @param core offsets of the verb and date together, relative to the sentence
 */
export function clauseAround(sentence: string, core: ClauseSpan): ClauseSpan {
  let start = lastBreakBefore(sentence, LEFT_BREAK, core.start);
  let subordinate = false;
  for (const m of sentence.matchAll(SUBORDINATOR)) {
    const after = m.index + m[0].length;
    if (after >= start && after <= core.start && !sentence.slice(after, core.start).includes(',')) {
      start = after;
      subordinate = true;
    }
  }
  // A leading subordinate clause ("Since X opened in 2013, …") ends at its first comma, and so does
  // an inserted one ("The port, which opened in 1992, handled …"): a comma before the core opened it.
  let end = firstBreakAfter(sentence, RIGHT_BREAK, core.end);
  if (subordinate || sentence.slice(start, core.start).includes(',')) end = Math.min(end, firstBreakAfter(sentence, /,/g, core.end));
  if (end - start > MAX_CLAUSE) end = Math.min(end, firstBreakAfter(sentence, /,/g, core.end));
  if (end - start > MAX_CLAUSE) start = Math.max(start, lastBreakBefore(sentence, /,\s*/g, core.start));
  return tidy(sentence, { start, end });
}
