import type { Fact } from '../../schema.ts';
import { memoOn } from '../memo/memo.ts';

/** Each source's facts, in the order their figures stand in it. */
export type FactsBySource = ReadonlyMap<string, readonly Fact[]>;

/**
 * Every source's facts at once, in one pass over the facts: a page per source
 * that filtered all facts itself would make the site quadratic in articles.
 */
export const factsBySource = memoOn((facts: readonly Fact[]): FactsBySource => {
  const bySource = new Map<string, { fact: Fact; at: number }[]>();
  for (const fact of facts) {
    const seen = new Set<string>();
    for (const e of fact.evidence) {
      if (seen.has(e.source)) continue;
      seen.add(e.source);
      const list = bySource.get(e.source);
      if (list) list.push({ fact, at: e.start });
      else bySource.set(e.source, [{ fact, at: e.start }]);
    }
  }
  return new Map([...bySource].map(([source, list]) => [source, list.sort((a, b) => a.at - b.at).map((x) => x.fact)]));
});

/** The facts an article gave evidence for, in the order their figures stand in it. */
export function factsOfSource(facts: readonly Fact[], source: string): readonly Fact[] {
  return factsBySource(facts).get(source) ?? [];
}
