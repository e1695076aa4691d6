/**
 * The role a place mention plays in its sentence. A partner, a source, a
 * route's end, a venue or a landmark is named, but the figure was not
 * counted there; such mentions give way to any other place, and are not
 * carried to later sentences. The words are in `locales/en/place-roles.ts`.
 */
import { DESTINATION_RE, ELSEWHERE_RE, EXAMPLE_RE, LISTED_RE, SOURCE_RE } from './locales/en/place-roles.ts';
import type { PlaceMention } from './places.ts';

export { DESTINATION_RE, EXAMPLE_RE };

/** The mentions in a role elsewhere, with those listed after one (`from Kazakhstan and Russia`: both). */
export function elsewhereIn(sentence: string, mentions: readonly PlaceMention[]): Set<PlaceMention> {
  const found = new Set<PlaceMention>();
  const inOrder = [...mentions].sort((a, b) => a.start - b.start);
  inOrder.forEach((m, i) => {
    const prev = inOrder[i - 1];
    if (ELSEWHERE_RE.test(sentence.slice(Math.max(0, m.start - 30), m.start)) || (prev && found.has(prev) && LISTED_RE.test(sentence.slice(prev.end, m.start)))) found.add(m);
  });
  return found;
}

/** True when a mention only names where something went, who said it, or an example, so later sentences do not take it up. */
export function passingRole(sentence: string, m: PlaceMention, elsewhere: ReadonlySet<PlaceMention>): boolean {
  const lead = sentence.slice(Math.max(0, m.start - 16), m.start);
  return DESTINATION_RE.test(lead) || SOURCE_RE.test(lead) || elsewhere.has(m) || EXAMPLE_RE.test(sentence.slice(Math.max(0, m.start - 60), m.start));
}
