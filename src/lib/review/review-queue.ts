/**
 * The facts that need an editor, in the order the review desk shows them:
 * those nobody has reviewed yet, low confidence first (they are held out of
 * the charts until reviewed), then high; within each, by source and by
 * where the figure stands in it, so an article is read front to back.
 */
import type { Fact, ReviewEntry } from '../../schema.ts';

/** The unreviewed facts, low first. `reviews` are the entries already in `content/review.yaml`, whether or not the data was rebuilt since. */
export function reviewQueue(facts: readonly Fact[], reviews: readonly ReviewEntry[]): Fact[] {
  const decided = new Set(reviews.map((r) => r.fact));
  const pending = facts.filter((f) => f.review === null && !decided.has(f.id));
  const at = (f: Fact) => f.evidence[0]!;
  return pending.sort((a, b) =>
    (a.confidence === b.confidence ? 0 : a.confidence === 'low' ? -1 : 1)
    || at(a).source.localeCompare(at(b).source)
    || at(a).start - at(b).start
    || a.id.localeCompare(b.id));
}
