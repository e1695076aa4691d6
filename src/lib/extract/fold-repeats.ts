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
  const byFigure = new Map<string, Fact[]>();
  for (const f of facts) byFigure.set(key(f), [...(byFigure.get(key(f)) ?? []), f]);
  const renamed = new Map<string, string>();
  const folded = facts.map((f) => {
    if (f.places.length && !weak(f)) return f;
    const candidates = byFigure.get(key(f))!.filter((g) => sameFigure(f, g) && saysMore(f, g) && g.scope === f.scope);
    const twins = [...new Set(candidates.map((g) => g.id))];
    if (twins.length !== 1) return f;
    const twin = candidates[0]!;
    renamed.set(f.id, twin.id);
    return { ...f, id: twin.id, place: twin.place, places: twin.places, placeFrom: twin.placeFrom, period: twin.period, confidence: twin.confidence, confidenceReason: twin.confidenceReason };
  });
  // A part of a figure that was folded is a part of the fact it was folded into.
  return folded.map((f) => {
    const whole = f.partOf === null ? null : (renamed.get(f.partOf) ?? f.partOf);
    return whole === f.partOf ? f : { ...f, partOf: whole === f.id ? null : whole };
  });
}
