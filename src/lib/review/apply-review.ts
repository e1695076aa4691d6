/**
 * Applying editors' reviews to extracted facts. Reviews are keyed by fact id,
 * which comes from what a fact means, so they survive re-extraction. A review
 * whose fact no longer exists is an error: it names the id, so the editor can
 * find the fact's new id or drop the review.
 */
import { Fact, type CorrectableField, type FactReview, type ReviewEntry } from '../../schema.ts';

/** A correction outranks an acceptance, which outranks a note: a later note never undoes an earlier acceptance. */
function reviewStatus(action: ReviewEntry['action'], corrected: boolean, earlier: FactReview['status'] | undefined): FactReview['status'] {
  if (corrected) return 'corrected';
  return action === 'accept' || earlier === 'accepted' ? 'accepted' : 'noted';
}

/** Applies every review; throws, naming the file and the id, when a fact is missing or a correction is invalid. */
export function applyReviews(facts: readonly Fact[], reviews: readonly ReviewEntry[], path: string, placeIds: ReadonlySet<string>): Fact[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const rejected = new Set<string>();
  reviews.forEach((r, i) => {
    const where = `${path}: entry ${i + 1} (fact ${r.fact})`;
    const fact = byId.get(r.fact);
    if (!fact) {
      const gone = rejected.has(r.fact) ? 'was rejected by an earlier entry' : 'matches no extracted fact (the article or the extractor may have changed it)';
      throw new Error(`${where}: fact: ${r.fact} ${gone}. Fix: look up the fact's current id in src/generated/facts.json, or remove this entry`);
    }
    if (r.action === 'reject') {
      byId.delete(r.fact);
      rejected.add(r.fact);
      return;
    }
    const corrected = Object.keys(r.set ?? {}) as CorrectableField[];
    const merged = { ...fact, ...r.set };
    if (r.set?.place !== undefined && r.set.places === undefined) merged.places = r.set.place ? [r.set.place] : [];
    if (r.set?.places !== undefined && r.set.place === undefined) merged.place = r.set.places[0] ?? null;
    const earlier = fact.review?.corrected ?? [];
    const review = {
      status: reviewStatus(r.action, corrected.length + earlier.length > 0, fact.review?.status),
      corrected: [...new Set([...earlier, ...corrected])].sort(),
      note: r.note ?? fact.review?.note ?? null,
    };
    const unknown = merged.places.find((p) => !placeIds.has(p));
    if (unknown) throw new Error(`${where}: set.place: no place has the id "${unknown}". Fix: use an id from content/gazetteer.yaml, or add the place there`);
    const checked = Fact.safeParse({ ...merged, review });
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new Error(`${where}: set.${issue.path.join('.')}: ${issue.message}. Fix: correct the value under set:`);
    }
    byId.set(r.fact, checked.data);
  });
  return facts.filter((f) => byId.has(f.id)).map((f) => byId.get(f.id)!);
}
