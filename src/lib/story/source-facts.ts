import type { Fact } from '../../schema.ts';

/** The facts an article gave evidence for, in the order their figures stand in it. */
export function factsOfSource(facts: readonly Fact[], source: string): Fact[] {
  const at = (f: Fact) => f.evidence.find((e) => e.source === source)?.start ?? -1;
  return facts.filter((f) => at(f) >= 0).sort((a, b) => at(a) - at(b));
}
