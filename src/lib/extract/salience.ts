/**
 * Which place an article is about, so far: a ranked list of the places it
 * has named. A mention counts less the further back it is, a headline
 * mention counts throughout, and a place named only as the container of
 * another in the same sentence (`Horgos Port in … Xinjiang`) counts little,
 * as does a headline's place that the lead names more exactly (`Urumqi's
 * land port` over the Urumqi International Land Port Area), so a sentence that names no place takes the place the article is
 * talking about, not the widest one it has mentioned.
 */
import type { Place } from '../../schema.ts';
import type { PlaceMention } from './places.ts';

/** The weights salience is ranked by; tuned on the development corpus. */
export const SALIENCE = {
  /** A headline mention, which never fades. */
  headline: 2,
  /**
   * For a phrase that points back (`the city`), a mention in the lead, the
   * body's first sentence, which sets the story's place: on top of its body
   * weight, as much as a fresh mention, and it never fades. It only ranks
   * the candidates a pointing-back phrase has; it lends no place on its own.
   */
  lead: 1,
  /** For a phrase that points back, each step down its list of likely kinds (`the port`: a port, then a city) halves a candidate's score. */
  kindPreference: 0.5,
  /** A body mention in the current paragraph. */
  mention: 1,
  /** Kept per paragraph back: a mention two paragraphs back counts 0.6². */
  decay: 0.6,
  /** Factor for a place named only as the container of another place in its sentence. */
  container: 0.25,
  /** Below this a place is too faint to lend: one mention three paragraphs back is 0.22. */
  minimum: 0.3,
} as const;

/** True when `outer` encloses `inner` in the gazetteer. */
export function encloses(outer: Place, inner: Place, byId: ReadonlyMap<string, Place>): boolean {
  for (let p = inner.parent ? byId.get(inner.parent) : undefined, depth = 0; p && depth < 10; p = p.parent ? byId.get(p.parent) : undefined, depth++) {
    if (p.id === outer.id) return true;
  }
  return false;
}

/** The places one sentence names, each weighted down when it only locates another. */
function weighted(mentions: readonly PlaceMention[], byId: ReadonlyMap<string, Place>): Array<{ place: Place; weight: number }> {
  return mentions.map((m) => ({
    place: m.place,
    weight: mentions.some((o) => o.place.id !== m.place.id && encloses(m.place, o.place, byId)) ? SALIENCE.container : 1,
  }));
}

/** The places an article has named, ranked by salience as it is read in order. */
export class Salience {
  private readonly headline: Array<{ place: Place; weight: number }>;
  private readonly body: Array<{ place: Place; weight: number; paragraph: number }> = [];
  private readonly byId: ReadonlyMap<string, Place>;
  private readonly rank: (place: Place) => number;

  /**
   * @param leadMentions the places of the body's first sentence
   */
  constructor(headlineMentions: readonly PlaceMention[], byId: ReadonlyMap<string, Place>, rank: (place: Place) => number, leadMentions: readonly PlaceMention[] = []) {
    this.byId = byId;
    this.rank = rank;
    this.lead = weighted(leadMentions, byId);
    // "Urumqi's land port …" over a lead on the Urumqi International Land Port Area: the lead names the headline's place more exactly, and that is the story's place.
    const headline = weighted(headlineMentions, byId);
    // Only a place directly inside the headline's most specific one: a region's headline over a zone's lead is a wider story.
    const innermost = headline.filter((h) => !headline.some((o) => o.place.id !== h.place.id && encloses(h.place, o.place, byId)));
    const refined = this.lead.filter((l) => l.weight === 1 && innermost.some((h) => l.place.parent === h.place.id) && !headline.some((h) => h.place.id === l.place.id));
    this.headline = [
      ...headline.map((h) => (refined.some((r) => r.place.parent === h.place.id) ? { ...h, weight: h.weight * SALIENCE.container } : h)),
      ...refined.map((r) => ({ place: r.place, weight: r.weight })),
    ];
  }

  private readonly lead: Array<{ place: Place; weight: number }>;

  /** The places the headline names. */
  headlinePlaces(): Place[] {
    return this.headline.map((h) => h.place);
  }

  /** Records the places a sentence named. */
  note(paragraph: number, mentions: readonly PlaceMention[]): void {
    for (const w of weighted(mentions, this.byId)) this.body.push({ ...w, paragraph });
  }

  /** Places by salience at `paragraph`, highest first; ties go to the more specific place. */
  ranked(paragraph: number): Place[] {
    const seen = new Map([...this.headline, ...this.body].map((e) => [e.place.id, e.place]));
    const scored = [...seen.values()].map((place) => ({ place, score: this.score(place, paragraph) }));
    return scored.sort((a, b) => b.score - a.score || this.rank(a.place) - this.rank(b.place)).map((e) => e.place);
  }

  /** The salience of one place at `paragraph`. */
  score(place: Place, paragraph: number): number {
    let total = 0;
    for (const h of this.headline) if (h.place.id === place.id) total += SALIENCE.headline * h.weight;
    for (const b of this.body) if (b.place.id === place.id) total += SALIENCE.mention * b.weight * SALIENCE.decay ** Math.max(0, paragraph - b.paragraph);
    return total;
  }

  /** The lead's extra weight for a place, for ranking what a pointing-back phrase means. */
  leadScore(place: Place): number {
    return this.lead.reduce((sum, l) => sum + (l.place.id === place.id ? SALIENCE.lead * l.weight : 0), 0);
  }

  /**
   * The most salient place, and whether only the headline has named it.
   *
   * @param prefer kinds of place the figure fits (a train count fits a port, not a country): the most salient of them wins when it is salient enough
   */
  best(paragraph: number, prefer?: ReadonlySet<Place['kind']>): { place: Place; from: 'article' | 'headline' } | null {
    const ranked = this.ranked(paragraph).filter((p) => this.score(p, paragraph) >= SALIENCE.minimum);
    const place = (prefer && ranked.find((p) => prefer.has(p.kind))) ?? ranked[0];
    if (!place) return null;
    return { place, from: this.body.some((b) => b.place.id === place.id) ? 'article' : 'headline' };
  }
}
