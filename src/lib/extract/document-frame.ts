/**
 * The document frame: what an article as a whole says about when and where,
 * for figures whose own sentence and paragraph say nothing. The headline's
 * period comes first, then the first span the lead names (the first
 * sentences that carry a figure). Places come from salience (`salience.ts`),
 * seeded with the headline's places.
 */
import type { Origin, Period } from '../../schema.ts';
import { findFigures } from './figures.ts';
import { pubEnd, parsePubDate } from './period-rules.ts';
import { findPeriods, type PeriodMention } from './periods.ts';
import type { PlaceFinder, PlaceMention } from './places.ts';
import type { Sentence } from './segment.ts';
import { elsewhereIn } from './place-roles.ts';

/** The mentions of a line but those in a role elsewhere (a partner, a source, a venue). */
function besides(text: string, mentions: PlaceMention[]): PlaceMention[] {
  const elsewhere = elsewhereIn(text, mentions);
  return elsewhere.size ? mentions.filter((m) => !elsewhere.has(m)) : mentions;
}

/** How many figure-bearing sentences make the lead. */
const LEAD_SENTENCES = 2;
/** How many paragraphs past the lead its period still frames: a wire item's body, not a long feature's far sections. */
export const LEAD_REACH = 3;

/** What the article as a whole says about when and where. */
export interface DocumentFrame {
  /** The period the headline or the lead names, marked with where it came from; null when neither names one. */
  period: Period | null;
  /** The last paragraph the period frames (Infinity for the headline's). */
  reach: number;
  /** The places the headline names. */
  headlinePlaces: PlaceMention[];
  /** The places the lead (the body's first sentence) names. */
  leadPlaces: PlaceMention[];
}

function firstSpan(periods: readonly PeriodMention[], published: string, from: Origin): Period | null {
  // A deadline ahead ("by 2026") frames no report of what happened.
  const last = pubEnd(parsePubDate(published));
  const span = periods.find((m) => !m.event && m.period.end <= last);
  return span ? { ...span.period, from } : null;
}

/**
 * The frame of an article.
 *
 * @param title the headline
 * @param sentences the body's content sentences, in order
 * @param figuresOf the figures of a sentence (the reader's own, so each sentence is read once)
 * @param periodsOf the periods a sentence names (likewise)
 */
export function documentFrame(
  title: string,
  sentences: readonly Sentence[],
  places: PlaceFinder,
  published: string,
  figuresOf: (sentence: string) => readonly unknown[] = findFigures,
  periodsOf: (sentence: string) => readonly PeriodMention[] = (text) => findPeriods(text, published),
): DocumentFrame {
  const lead: Sentence[] = [];
  for (const s of sentences) {
    if (lead.length === LEAD_SENTENCES) break;
    if (figuresOf(s.text).length > 0) lead.push(s);
  }
  // "Border town thrives on trade with Kazakhstan": a partner in the headline is not what the story is about.
  const headlinePlaces = besides(title, places.find(title));
  const leadPlaces = sentences[0] ? besides(sentences[0].text, places.find(sentences[0].text)) : [];
  const headline = firstSpan(findPeriods(title, published), published, 'headline');
  if (headline) return { period: headline, reach: Infinity, headlinePlaces, leadPlaces };
  for (const s of lead) {
    const period = firstSpan(periodsOf(s.text), published, 'article');
    if (period) return { period, reach: s.paragraph + LEAD_REACH, headlinePlaces, leadPlaces };
  }
  return { period: null, reach: -1, headlinePlaces, leadPlaces };
}
