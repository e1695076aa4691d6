/**
 * Carrying a period from one sentence to the next. News copy often names the
 * period once ("In the first half of the year, …") and goes on about it. A
 * sentence that names no period of its own takes the last one named earlier
 * in its paragraph, or in the paragraph just before when it still talks about
 * the same things (the same counted noun, e.g. "projects") and names no other
 * place. The period is
 * marked `inherited`. Moments ("in April", "on Saturday") are never carried.
 */
import type { Period } from '../../schema.ts';
import { memoLast } from '../memo/memo.ts';
import { UNIT_NOUNS } from './lexicon.ts';
import type { PeriodMention } from './periods.ts';

/** Counted nouns specific enough to show two sentences are about the same things. */
const TOPICS: ReadonlyArray<readonly [string, RegExp]> = UNIT_NOUNS.filter((n) => n.topic).map(
  (n) => [n.unit, new RegExp(`\\b(?:${n.words.join('|')})\\b`, 'i')] as const,
);

/** The counted nouns a sentence names; a sentence is asked about twice when it inherits and then passes its period on, so the last answer is kept. */
const topicsOf = memoLast((sentence: string): ReadonlySet<string> => new Set(TOPICS.filter(([, re]) => re.test(sentence)).map(([unit]) => unit)));

/** Remembers the last period named while an article is read in order. */
export class PeriodContext {
  private last: { period: Period; paragraph: number; topics: ReadonlySet<string>; places: Set<string> } | null = null;

  /**
   * The period a sentence without one of its own carries over, or null.
   *
   * @param placesInParagraph ids of the places named in the sentence's paragraph so far, itself included
   */
  inherit(sentence: string, paragraph: number, placesInParagraph: ReadonlySet<string>): Period | null {
    const last = this.last;
    if (!last) return null;
    const sameTopic = [...topicsOf(sentence)].some((t) => last.topics.has(t)) && [...placesInParagraph].every((p) => last.places.has(p));
    const near = last.paragraph === paragraph || (paragraph - last.paragraph === 1 && sameTopic);
    return near ? { ...last.period, inherited: true } : null;
  }

  /**
   * Records a period a sentence inherited, so the rest of its paragraph can
   * carry it on ("Meanwhile, the Alashankou port handled 6,600 trains").
   */
  adopt(period: Period, sentence: string, paragraph: number, placeIds: readonly string[]): void {
    const { inherited: _, ...own } = period;
    const places = new Set([...(this.last?.places ?? []), ...placeIds]);
    this.last = { period: own, paragraph, topics: topicsOf(sentence), places };
  }

  /** Records the last span a sentence named, and the places it named. */
  note(sentence: string, paragraph: number, mentions: readonly PeriodMention[], placeIds: readonly string[]): void {
    const span = mentions.filter((m) => !m.event).at(-1);
    if (span) this.last = { period: span.period, paragraph, topics: topicsOf(sentence), places: new Set(placeIds) };
  }
}
