/**
 * What a stretch of copy is about, as a fact kind: the topic whose cue words
 * it uses most. A paragraph's topic, and then the headline's, give a kind
 * to figures whose own clause names no measure.
 */
import type { FactKind } from '../../schema.ts';
import { TOPIC_CUES } from './locales/en/topic-cues.ts';

const CUES = Object.entries(TOPIC_CUES).map(([kind, source]) => [kind as FactKind, new RegExp(source, 'giu')] as const);

/** How many cue words of each topic `text` holds, in the table's order. */
function cueCounts(text: string): number[] {
  return CUES.map(([, re]) => text.match(re)?.length ?? 0);
}

/** The topic with the most hits, or null when none has any. Ties go to the earlier topic in the table. */
function leader(counts: readonly number[]): FactKind | null {
  let best = -1;
  counts.forEach((hits, i) => {
    if (hits > (best < 0 ? 0 : counts[best]!)) best = i;
  });
  return best < 0 ? null : CUES[best]![0];
}

/** The topic with the most cue words in `text`, or null when none has any. Ties go to the earlier topic in the table. */
export function topicOf(text: string): FactKind | null {
  return leader(cueCounts(text));
}

/** Follows the topic as an article is read: the paragraph so far, then the headline. */
export class TopicContext {
  private paragraph = -1;
  /** The paragraph's sentences not yet counted, and the counts of those that are. */
  private pending: string[] = [];
  private counts: number[] = CUES.map(() => 0);
  private readonly headline: FactKind | null;

  constructor(headline: string) {
    this.headline = topicOf(headline);
  }

  /** Records a sentence before its figures are classified. */
  note(sentence: string, paragraph: number): void {
    if (paragraph !== this.paragraph) {
      this.pending = [];
      this.counts = CUES.map(() => 0);
    }
    this.paragraph = paragraph;
    this.pending.push(sentence);
  }

  /** The topic of the current paragraph so far, else the headline's. */
  current(): FactKind | null {
    // Each sentence is counted once, when a figure first asks: a long paragraph is not re-read for every figure in it.
    for (const sentence of this.pending) cueCounts(sentence).forEach((hits, i) => (this.counts[i]! += hits));
    this.pending = [];
    return leader(this.counts) ?? this.headline;
  }

  /** The headline's topic. */
  ofHeadline(): FactKind | null {
    return this.headline;
  }
}
