/**
 * Paragraph breaks that do not break the thread. Machine translations and
 * wire copy often put a total's parts in a paragraph of their own
 * (`Among them, …`); such a paragraph is numbered as part of the one before,
 * so the period, place and topic carried within a paragraph reach it.
 */
import { CONTINUATION_OPENERS } from './locales/en/discourse-words.ts';
import { escapeRegExp } from './regex-escape.ts';
import type { Sentence } from './segment.ts';

const OPENER_RE = new RegExp(`^(?:${CONTINUATION_OPENERS.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** True when the text opens with a phrase that continues the one before (`Among them, …`). */
export function opensWithContinuation(text: string): boolean {
  return OPENER_RE.test(text);
}

/** The sentences with paragraphs renumbered: one that opens with a continuation joins the paragraph before. */
export function joinContinuations(sentences: readonly Sentence[]): Sentence[] {
  let logical = -1;
  let previous = -1;
  return sentences.map((s) => {
    if (s.paragraph !== previous) {
      // The first paragraph has nothing to continue.
      if (logical < 0 || !OPENER_RE.test(s.text)) logical++;
      previous = s.paragraph;
    }
    return logical === s.paragraph ? s : { ...s, paragraph: logical };
  });
}
