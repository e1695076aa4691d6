/** Folding a repeated figure into the fact that said more about it. */
import type { Fact } from '../../schema.ts';

/**
 * A figure repeated in the same article with less said about it ("the 37
 * projects", "Among the 35 enterprises") is the same fact as the one that
 * gave its place or period, when exactly one such fact exists.
 */
export function foldRepeats(facts: Fact[]): Fact[] {
  const sameFigure = (a: Fact, b: Fact) => a.kind === b.kind && a.measure === b.measure && a.unit === b.unit && a.value === b.value;
  // A period lent by the article or its date says less than one the figure's own sentences named.
  const weak = (f: Fact) => !f.period || f.period.from === 'published' || f.period.from === 'article' || f.period.from === 'headline';
  const saysMore = (f: Fact, g: Fact) =>
    g.id !== f.id && (f.places.length === 0 || f.places.join() === g.places.join()) && (weak(f) || f.period?.end === g.period?.end) && (g.places.length > f.places.length || (!weak(g) && weak(f)));
  // Only facts with the same figure can be twins: grouped once, so an article of thousands of figures is not read in pairs.
  const key = (f: Fact) => `${f.kind}|${f.measure}|${f.unit}|${f.value}`;
  const byFigure = new Map<string, Map<string, Fact>>();
  for (const f of facts) {
    // One entry per id: a figure repeated a thousand times is one candidate, not a thousand.
    const group = byFigure.get(key(f)) ?? new Map<string, Fact>();
    if (!group.has(f.id)) group.set(f.id, f);
    byFigure.set(key(f), group);
  }
  const renamed = new Map<string, string>();
  /** The one fact that says more about `f`'s figure, or null when there is none or more than one (it stops at two). */
  const twinOf = (f: Fact): Fact | null => {
    let found: Fact | null = null;
    for (const g of byFigure.get(key(f))!.values()) {
      if (!(sameFigure(f, g) && saysMore(f, g) && g.scope === f.scope)) continue;
      if (found) return null;
      found = g;
    }
    return found;
  };
  const folded = facts.map((f) => {
    if (f.places.length && !weak(f)) return f;
    const twin = twinOf(f);
    if (!twin) return f;
    renamed.set(f.id, twin.id);
    return { ...f, id: twin.id, place: twin.place, places: twin.places, placeFrom: twin.placeFrom, period: twin.period, confidence: twin.confidence, confidenceReason: twin.confidenceReason };
  });
  // A part of a figure that was folded is a part of the fact it was folded into.
  return folded.map((f) => {
    const whole = f.partOf === null ? null : (renamed.get(f.partOf) ?? f.partOf);
    return whole === f.partOf ? f : { ...f, partOf: whole === f.id ? null : whole };
  });
}
