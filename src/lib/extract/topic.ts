/**
 * What a stretch of copy is about, as a fact kind: the topic whose cue words
 * it uses most. A paragraph's topic, and then the headline's, give a kind
 * to figures whose own clause names no measure.
 */
import type { FactKind } from '../../schema.ts';
import { TOPIC_CUES } from './locales/en/topic-cues.ts';

const CUES = Object.entries(TOPIC_CUES).map(([kind, source]) => [kind as FactKind, new RegExp(source, 'giu')] as const);

/** The topic with the most cue words in `text`, or null when none has any. Ties go to the earlier topic in the table. */
export function topicOf(text: string): FactKind | null {
  let best: { kind: FactKind; hits: number } | null = null;
  for (const [kind, re] of CUES) {
    const hits = text.match(re)?.length ?? 0;
    if (hits > (best?.hits ?? 0)) best = { kind, hits };
  }
  return best?.kind ?? null;
}

/** Follows the topic as an article is read: the paragraph so far, then the headline. */
export class TopicContext {
  private paragraph = -1;
  private text = '';
  private readonly headline: FactKind | null;

  constructor(headline: string) {
    this.headline = topicOf(headline);
  }

  /** Records a sentence before its figures are classified. */
  note(sentence: string, paragraph: number): void {
    if (paragraph !== this.paragraph) this.text = '';
    this.paragraph = paragraph;
    this.text += ` ${sentence}`;
  }

  /** The topic of the current paragraph so far, else the headline's. */
  current(): FactKind | null {
    // Every figure of a sentence asks; the paragraph is read once per sentence.
    if (this.read.text !== this.text) this.read = { text: this.text, kind: topicOf(this.text) ?? this.headline };
    return this.read.kind;
  }

  private read: { text: string; kind: FactKind | null } = { text: '\0', kind: null };

  /** The headline's topic. */
  ofHeadline(): FactKind | null {
    return this.headline;
  }
}
