/**
 * Which place a figure belongs to. The most specific place named before the
 * figure in its sentence; else one named after it; else, when the sentence
 * has no place, the place of the sentence before it in the paragraph, or of
 * an earlier paragraph when the sentence points back ("the district").
 */
import type { Place } from '../../schema.ts';
import { SPECIFICITY, type PlaceMention } from './places.ts';

/** Words that refer back to a place named earlier. */
const ANAPHOR_RE = /\b(?:the|this) (?:district|zone|port|park|project|region|prefecture|city|county|area|pilot zone|hub)\b|^(?:It|Here)\b/i;

/** How far back, in paragraphs, a pointing-back phrase may reach. */
const LOOKBACK_PARAGRAPHS = 3;

function best(mentions: PlaceMention[], figureStart: number): Place | null {
  const rank = (m: PlaceMention) => SPECIFICITY[m.place.kind] * 10000 + Math.abs(figureStart - m.start) / 1000;
  return [...mentions].sort((a, b) => rank(a) - rank(b))[0]?.place ?? null;
}

/** Remembers the places of earlier sentences while an article is read in order. */
export class PlaceContext {
  private last: { place: Place; paragraph: number } | null = null;

  /**
   * The place of a figure at `figureStart` in a sentence.
   * Call {@link PlaceContext.note} after each sentence.
   */
  placeFor(sentence: string, paragraph: number, mentions: PlaceMention[], figureStart: number): Place | null {
    const clauseStart = sentence.lastIndexOf(';', figureStart) + 1;
    const semicolon = sentence.indexOf(';', figureStart);
    const clauseEnd = semicolon < 0 ? sentence.length : semicolon;
    const inClause = mentions.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
    const direct =
      best(inClause.filter((m) => m.end <= figureStart), figureStart) ??
      best(inClause, figureStart) ??
      best(mentions.filter((m) => m.end <= figureStart), figureStart) ??
      best(mentions, figureStart);
    if (direct) return direct;
    if (!this.last) return null;
    if (this.last.paragraph === paragraph) return this.last.place;
    const pointsBack = ANAPHOR_RE.test(sentence);
    return pointsBack && paragraph - this.last.paragraph <= LOOKBACK_PARAGRAPHS ? this.last.place : null;
  }

  /** Records the most specific place a sentence named, for the sentences after it. */
  note(paragraph: number, mentions: PlaceMention[]): void {
    const place = best(mentions, 0);
    if (place) this.last = { place, paragraph };
  }
}
