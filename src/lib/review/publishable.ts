/**
 * The publication gate: charts and story figures use only facts the
 * extractor is sure of (`confidence: high`) or that an editor accepted or
 * corrected in `content/review.yaml`. The others stay on the facts page and
 * the source pages, marked "not yet reviewed" with their reason.
 */
import type { Fact } from '../../schema.ts';

/** True when a fact may be charted or cited in the story. */
export function isPublishable(fact: Fact): boolean {
  return fact.confidence === 'high' || fact.review?.status === 'accepted' || fact.review?.status === 'corrected';
}

/** Facts held back from charts and the story, by id, with the reason an editor reads. */
export function heldBack(facts: readonly Fact[]): Map<string, string> {
  return new Map(facts.filter((f) => !isPublishable(f)).map((f) => [f.id, f.confidenceReason ?? 'low confidence']));
}
