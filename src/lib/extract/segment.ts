/**
 * Sentence segmentation with offsets. wink-nlp splits sentences best on this
 * kind of copy (abbreviations such as "Dr.", sentences that start with a
 * digit); we map its sentences back to exact offsets in the body.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './furniture.ts';

/** A sentence with its offsets in the body. */
export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

// Only sentence boundaries are needed; the other pipes cost time.
const nlp = winkNLP(model, ['sbd']);

/** A mark that can end a sentence before the end of the text. */
const INNER_STOP_RE = /[.!?。！？;…][^]*\S/u;

/**
 * Splits each paragraph span of `body` into sentences with exact offsets.
 *
 * @param needsSplit false for a paragraph whose sentences the caller need not tell apart (no figure, no date): it is kept whole
 */
export function segment(body: string, paragraphs: readonly Span[], needsSplit: (paragraph: string) => boolean = () => true): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((span, paragraph) => {
    const text = body.slice(span.start, span.end);
    // No stop, question or exclamation mark inside, or nothing the caller reads sentence by sentence: one span, without the cost of a parse.
    if (!INNER_STOP_RE.test(text.trim()) || !needsSplit(text)) {
      const lead = text.length - text.trimStart().length;
      if (text.trim() !== '') out.push({ text: text.trim(), start: span.start + lead, end: span.start + lead + text.trim().length, paragraph });
      return;
    }
    let cursor = 0;
    for (const raw of nlp.readDoc(text).sentences().out()) {
      const sentence = raw.trim();
      const at = text.indexOf(sentence, cursor);
      // wink normalises nothing we rely on, but if it ever does, keep the rest as one sentence.
      if (at < 0 || sentence === '') continue;
      out.push({ text: sentence, start: span.start + at, end: span.start + at + sentence.length, paragraph });
      cursor = at + sentence.length;
    }
    if (cursor === 0 && text.trim() !== '') {
      const lead = text.length - text.trimStart().length;
      out.push({ text: text.trim(), start: span.start + lead, end: span.start + lead + text.trim().length, paragraph });
    }
  });
  return out;
}
