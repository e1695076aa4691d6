/**
 * Which places a figure belongs to.
 *
 * 1. A place named in the figure's clause: the most specific, then the one
 *    before the figure, then the nearest. Places joined by "and" or a comma
 *    (`the Alataw Pass and Horgos`) are taken together.
 * 2. When nothing is named before the figure and the clause points back
 *    (`the district`, `the port`), the latest earlier place of that kind.
 * 3. When the sentence names no place: the most specific place named so far
 *    in its paragraph; else, in a quote, the place of the speaker's post
 *    (`," said X, director of the Y station`); else, if it points back, an
 *    earlier paragraph's; else the place the article is about so far (`salience.ts`).
 *
 * Each answer says where it came from (`PlaceOrigin`), so a fact never
 * carries a guessed place silently.
 *
 * A figure used as an adjective (`the 179.66-square-kilometer FTZ`) belongs
 * to the name it describes. Places in a quote's attribution (`…," said X, head of the Y zone`) are
 * the speaker's: they lose to any place the quote or its paragraph names.
 */
import type { FactKind, Origin, Place } from '../../schema.ts';
import { anaphorIn, COUNTRY_SCOPE } from './anaphor.ts';
import type { PlaceMention } from './places.ts';
import { encloses, SALIENCE, type Salience } from './salience.ts';
import { RESPECTIVELY_RE } from './change-patterns.ts';
import type { PlaceDoubt } from './confidence.ts';
import { hasRival } from './place-doubt.ts';
import { DESTINATION_RE, elsewhereIn, EXAMPLE_RE, passingRole } from './place-roles.ts';
import { stretchAround } from './stretch.ts';
import { attributionStart } from './attribution.ts';

/** Between a quote's end and the place of the speaker's post: `," said Li Ming, head of the`. */
const AFFILIATION_RE = /^[^.;]{0,80}\b(?:of|at|with|from|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;


/** What may stand between the start of a stretch and its subject: `, while the`. */
const SUBJECT_LEAD_RE = /^[\s,;]*(?:(?:while|whereas|and|but|meanwhile|the)\s+)*$/i;

/** How far back, in paragraphs, a pointing-back phrase may reach. */
const LOOKBACK_PARAGRAPHS = 3;

/** Between two places taken together: `, `, ` and `, `, and the `. */
const JOINED_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$/i;
const LOCAL: ReadonlySet<Place['kind']> = new Set(['zone', 'port', 'county', 'city']);


/** The places of a figure and where they came from; `from` is null when there are none. */
export interface Attachment {
  places: Place[];
  from: Origin | null;
  /** Why the place is a close call, if it is (see `confidence.ts`). */
  doubt?: PlaceDoubt;
}

/** Remembers the places of earlier sentences while an article is read in order. */
export class PlaceContext {
  private readonly history: Array<{ place: Place; paragraph: number }> = [];
  private readonly rank: (place: Place) => number;
  private readonly salience: Salience | null;
  private readonly byId: ReadonlyMap<string, Place>;

  /**
   * @param rank lower is more specific (see `PlaceFinder.rank`)
   * @param salience the article's ranked places, for sentences that name none
   */
  constructor(rank: (place: Place) => number, salience: Salience | null = null, byId: ReadonlyMap<string, Place> = new Map()) {
    this.rank = rank;
    this.salience = salience;
    this.byId = byId;
  }

  /** The places of a figure at `figureStart` in a sentence; empty when unknown. */
  placesFor(sentence: string, paragraph: number, mentions: readonly PlaceMention[], figureStart: number, figureEnd = figureStart): Place[] {
    return this.attach(sentence, paragraph, mentions, figureStart, figureEnd).places;
  }

  /**
   * The places of a figure and where they came from.
   * Call {@link PlaceContext.note} after each sentence.
   */
  attach(sentence: string, paragraph: number, mentions: readonly PlaceMention[], figureStart: number, figureEnd = figureStart, unitKind: FactKind | null = null, unplaced: ReadonlyArray<{ start: number; end: number }> = []): Attachment {
    const cut = attributionStart(sentence, figureStart);
    const clauseStart = sentence.lastIndexOf(';', figureStart) + 1;
    const semicolon = sentence.indexOf(';', figureStart);
    const clauseEnd = Math.min(semicolon < 0 ? sentence.length : semicolon, cut);
    const usable = mentions.filter((m) => m.end <= cut && !EXAMPLE_RE.test(sentence.slice(Math.max(0, m.start - 60), m.start)));
    const inClause = usable.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
    // A figure used as an adjective describes the name right after it: `the 179.66-square-kilometer Xinjiang pilot FTZ`.
    if (/\d\s*-\s*\p{L}/u.test(sentence.slice(figureStart, figureEnd))) {
      const described = inClause.find((m) => m.start >= figureEnd && /^[^,;.()]{0,40}$/.test(sentence.slice(figureEnd, m.start)));
      if (described) return { places: [described.place], from: 'sentence' };
    }
    const pointsTo = anaphorIn(sentence.slice(clauseStart, clauseEnd));
    if (pointsTo) {
      const recalled = this.recall(pointsTo, paragraph);
      // "this checkpoint in the region": a place that only locates the one pointed back to.
      const before = inClause.filter((m) => m.end <= figureStart && !DESTINATION_RE.test(sentence.slice(Math.max(clauseStart, m.start - 16), m.start)));
      if (recalled && before.every((m) => encloses(m.place, recalled.place, this.byId))) return { places: [recalled.place], from: recalled.paragraph === paragraph ? 'paragraph' : 'article' };
    }
    // The figure's own stretch between commas first: "the north gate handles 60 trucks a day, the south gate up to 30".
    const { start: segStart, end: segEnd } = stretchAround(sentence, figureStart, figureEnd, { start: clauseStart, end: clauseEnd });
    // A destination or a route's end ("exports to Kazakhstan", "connecting China with") is not where the figure was counted.
    const narrower = segStart > clauseStart || segEnd < clauseEnd;
    const inSegment = !narrower ? [] : inClause.filter((m) => m.start >= segStart && m.end <= segEnd && !DESTINATION_RE.test(sentence.slice(Math.max(segStart, m.start - 16), m.start)));
    // "Trade with A and B grew 31% and 6%, respectively": the list is what the figures are about.
    const elsewhere = RESPECTIVELY_RE.test(sentence) ? new Set<PlaceMention>() : elsewhereIn(sentence, mentions);
    const here = (list: readonly PlaceMention[]) => list.filter((m) => !elsewhere.has(m));
    // "Kuitun City signed eight projects, while Horgos signed 11": a place the gazetteer lacks, in the figure's own stretch, is its place; no other may stand in.
    // A known name inside it ("Korla" in "Korla Economic and Technological Development Zone") is the nearest the gazetteer comes, and stands.
    // Only as the stretch's subject: "a centre near Bayinkuluti Town" is located by the places around it.
    const blind = unplaced.some((u) => u.start >= segStart && u.end <= Math.min(segEnd, cut) && SUBJECT_LEAD_RE.test(sentence.slice(segStart, u.start))
      && !mentions.some((m) => m.start >= u.start && m.end <= u.end));
    if (blind && here(inSegment).length === 0) return { places: [], from: null };
    const pool = [here(inSegment), here(inClause), here(usable)].find((list) => list.length) ?? [];
    const direct = this.best(pool, figureStart);
    if (direct) {
      const places = joined(usable, direct, sentence);
      return hasRival(pool, places, this.byId) ? { places, from: 'sentence', doubt: 'twoPlaces' } : { places, from: 'sentence' };
    }
    // A place the gazetteer lacks stands in the clause: whatever comes from elsewhere is a guess.
    const guess = (a: Attachment): Attachment => (unplaced.some((u) => u.start >= clauseStart && u.end <= clauseEnd) && a.places.length ? { ...a, doubt: 'unknownNear' } : a);
    const local = this.bestInParagraph(paragraph);
    if (local) return guess({ places: [local], from: 'paragraph' });
    // A quote whose paragraph names no place speaks for the speaker's post: `…," said X, director of the Y station`.
    const speaker = cut < sentence.length ? this.best(mentions.filter((m) => m.start >= cut && AFFILIATION_RE.test(sentence.slice(cut, m.start))), figureStart) : null;
    if (speaker) return { places: [speaker.place], from: 'sentence' };
    const recalled = pointsTo !== undefined ? this.recall(pointsTo, paragraph) : null;
    if (recalled) return guess({ places: [recalled.place], from: 'article' });
    // "Nationwide, trains made 17,000 trips": the article's country, or none; never a port in it.
    if (pointsTo === COUNTRY_SCOPE) {
      const country = this.salience?.ranked(paragraph).find((p) => p.kind === 'country');
      return country ? { places: [country], from: 'article' } : { places: [], from: null };
    }
    // A count of trains, vehicles or cargo is counted at a port or a town, not across a country.
    const salient = this.salience?.best(paragraph, unitKind === 'port' || unitKind === 'trains' ? LOCAL : undefined);
    if (salient) return guess({ places: [salient.place], from: salient.from });
    // Only a partner or a route's end is named, and nothing else says where: it is the best there is.
    const only = this.best(inClause, figureStart) ?? this.best(usable, figureStart);
    return only ? { places: [only.place], from: 'sentence', doubt: 'onlyPartner' } : { places: [], from: null };
  }

  /** Records the places a sentence named, for the sentences after it. */
  note(paragraph: number, mentions: readonly PlaceMention[], sentence?: string): void {
    // A destination, a route's end, a source quoted or an example is not where the next sentences' figures are: "… to Uzbekistan. It shipped 1,250 tonnes."
    const elsewhere = sentence === undefined ? new Set<PlaceMention>() : elsewhereIn(sentence, mentions);
    const where = sentence === undefined ? mentions : mentions.filter((m) => !passingRole(sentence, m, elsewhere));
    for (const m of where) this.history.push({ place: m.place, paragraph });
    this.salience?.note(paragraph, where);
  }

  private best(mentions: readonly PlaceMention[], figureStart: number): PlaceMention | null {
    const score = (m: PlaceMention) => this.rank(m.place) * 1e6 + (m.start >= figureStart ? 1e5 : 0) + Math.abs(figureStart - m.start);
    return [...mentions].sort((a, b) => score(a) - score(b))[0] ?? null;
  }

  private bestInParagraph(paragraph: number): Place | null {
    let found: Place | null = null;
    for (const h of this.history) if (h.paragraph === paragraph && (!found || this.rank(h.place) <= this.rank(found))) found = h.place;
    return found;
  }

  /**
   * The place a pointing-back phrase can mean: paragraph by paragraph, from
   * its own back to {@link LOOKBACK_PARAGRAPHS} before, the likeliest kind
   * first (in its own paragraph the latest, further back the most salient);
   * last, a place of that kind the headline names.
   */
  private recall(kinds: readonly Place['kind'][] | null, paragraph: number): { place: Place; paragraph: number } | null {
    const salience = (h: { place: Place }) => this.salience?.score(h.place, paragraph) ?? 0;
    // In its own paragraph, the latest place of the likeliest kind.
    const own = this.history.filter((h) => h.paragraph === paragraph).reverse();
    for (const kind of kinds ?? [null]) {
      const found = own.find((h) => kind === null || h.place.kind === kind);
      if (found) return found;
    }
    const back = this.history.filter((h) => h.paragraph < paragraph && h.paragraph >= paragraph - LOOKBACK_PARAGRAPHS).reverse();
    // "It" names no kind: the most salient place of the nearest paragraph that names one.
    if (!kinds) return back.filter((h) => h.paragraph === back[0]?.paragraph).reduce<(typeof back)[number] | null>((best, h) => (!best || salience(h) > salience(best) ? h : best), null);
    // Further back, candidates of the kinds it can mean are ranked: salience (recency, the headline), the lead, the kind's place in the list; ties to the latest.
    const score = (h: { place: Place }) => (salience(h) + (this.salience?.leadScore(h.place) ?? 0)) * SALIENCE.kindPreference ** kinds.indexOf(h.place.kind);
    const candidates = back.filter((h) => kinds.includes(h.place.kind));
    if (candidates.length) return candidates.reduce((best, h) => (score(h) > score(best) ? h : best));
    // Last, a place of the likeliest kind that the headline names.
    for (const kind of kinds ?? []) {
      const place = this.salience?.headlinePlaces().find((h) => h.kind === kind);
      if (place) return { place, paragraph: -1 };
    }
    return null;
  }
}

/** The chosen place with the places printed together with it, in printed order. */
function joined(mentions: readonly PlaceMention[], chosen: PlaceMention, sentence: string): Place[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let i = sorted.indexOf(chosen);
  let j = i;
  const fits = (a: PlaceMention, b: PlaceMention) =>
    a.place.id !== b.place.id && (a.place.kind === b.place.kind || (LOCAL.has(a.place.kind) && LOCAL.has(b.place.kind))) && JOINED_RE.test(sentence.slice(a.end, b.start));
  while (i > 0 && fits(sorted[i - 1]!, sorted[i]!)) i--;
  while (j < sorted.length - 1 && fits(sorted[j]!, sorted[j + 1]!)) j++;
  return sorted.slice(i, j + 1).map((m) => m.place);
}
