/**
 * Extraction for one article: text in, facts and dated events out. Each
 * carries one piece of evidence here; reconciliation across articles merges them.
 */
import type { Article, Event, Fact, Link, Place } from '../../schema.ts';
import { antecedentOf, isStandaloneChange, levelAntecedentOf } from './antecedent.ts';
import { PlaceContext } from './attach-place.ts';
import { classify, isUnnamed } from './classify.ts';
import { isDeclared } from './measures.ts';
import { documentFrame } from './document-frame.ts';
import { findEventVerbs } from './event-verbs.ts';
import { eventsInSentence } from './events.ts';
import { factId } from './fact-id.ts';
import { foldRepeats } from './fold-repeats.ts';
import { findFigures, mayHoldFigure, type Figure } from './figures.ts';
import { contentSpans } from './furniture.ts';
import { joinContinuations } from './continuations.ts';
import { PeriodContext } from './period-context.ts';
import { findPeriods, mayNamePeriod, type PeriodMention } from './periods.ts';
import { asPublishedOf, periodOfFigure } from './figure-period.ts';
import { linkParts } from './part-of.ts';
import { LinkCollector } from './links.ts';
import { ScopeContext } from './scope.ts';
import { confidenceOf } from './confidence.ts';
import { unitWarnings } from './unit-traps.ts';
import type { PlaceFinder } from './places.ts';
import { Salience } from './salience.ts';
import { segment } from './segment.ts';
import { withFallback } from './sentence-places.ts';
import { stretchAround } from './stretch.ts';
import { statusOf } from './status.ts';
import { TopicContext } from './topic.ts';
import { notReadBecause } from './language.ts';

/** How far, in characters, the words that name a figure's measure may stand from it. */
const NEAR_BEFORE = 90;
const NEAR_AFTER = 40;
/** How far before a figure a cue of its status ("will", "plans to") may stand. */
const STATUS_REACH = 150;

/** What reading one article found: its facts, its dated events and what an editor should look at. */
export interface ArticleReading {
  facts: Fact[];
  /** Dated events, in the order printed; merged across articles by `mergeEvents`. */
  events: Event[];
  /** Crossings named with places beyond the border, merged across articles by `mergeLinks`. Absent in readings cached before 0.10. */
  links?: Link[];
  /** Figures read but not published because nothing says what they measure. */
  unread: Array<{ figure: string; quote: string }>;
  /** Place-like names not in the gazetteer nor found in the fallback, sorted, each once. */
  unknownPlaces: string[];
  /** Places the curated gazetteer lacks that the fallback (GeoNames) supplied, by id, for an editor to curate. */
  fallbackPlaces: Place[];
  /** Why the article's figures were not read at all (it is not in English), for the report. */
  notRead?: string;
}

/** The words around a figure: near ones (bounded by its neighbours) and its whole clause. */
function contextOf(sentence: string, figures: Figure[], i: number) {
  const f = figures[i]!;
  const clauseStart = sentence.lastIndexOf(';', f.start) + 1;
  const semicolon = sentence.indexOf(';', f.end);
  const clauseEnd = semicolon < 0 ? sentence.length : semicolon;
  const from = Math.max(figures[i - 1]?.end ?? 0, clauseStart, f.start - NEAR_BEFORE);
  const to = Math.min(figures[i + 1]?.start ?? sentence.length, clauseEnd, f.end + NEAR_AFTER);
  const stretch = stretchAround(sentence, f.start, f.end, { start: clauseStart, end: clauseEnd });
  return { before: sentence.slice(from, f.start), after: sentence.slice(f.end, to), clause: sentence.slice(clauseStart, clauseEnd), lead: sentence.slice(clauseStart, f.start), clauseStart, clauseEnd, stretch };
}

/** Reads one article: its facts, the figures it could not name, the places it could not place. */
export function readArticle(article: Article, places: PlaceFinder): ArticleReading {
  const { body } = article;
  const published = article.data.published;
  const sentences = joinContinuations(segment(body, contentSpans(body), (p) => mayHoldFigure(p) || mayNamePeriod(p)));
  // Each sentence's figures are read once, whether by the frame or the loop below.
  const figuresMemo = new Map<string, Figure[]>();
  const figuresOf = (text: string) => figuresMemo.get(text) ?? figuresMemo.set(text, findFigures(text)).get(text)!;
  const periodsMemo = new Map<string, PeriodMention[]>();
  const periodsOf = (text: string) => periodsMemo.get(text) ?? periodsMemo.set(text, findPeriods(text, published)).get(text)!;
  const frame = documentFrame(article.data.title, sentences, places, published, figuresOf, periodsOf);
  const placeContext = new PlaceContext(places.rank, new Salience(frame.headlinePlaces, places.byId, places.rank, frame.leadPlaces), places.byId);
  const periodContext = new PeriodContext();
  const topics = new TopicContext(article.data.title);
  const asPublished = asPublishedOf(published);
  const facts: Fact[] = [];
  const events: Event[] = [];
  const unread: ArticleReading['unread'] = [];
  const unknown = new Set<string>();
  const fallbackPlaces = new Map<string, Place>();
  let paragraphPlaces = { paragraph: -1, ids: new Set<string>() };
  let previousLevels: Fact[] = [];
  let lastFacts: Fact[] = [];
  const scopes = new ScopeContext();
  const links = new LinkCollector(article.id, places.byId);
  for (const s of sentences) {
    const unplaced: Array<{ start: number; end: number }> = [];
    const mentions = withFallback(s.text, places.find(s.text), places, unknown, fallbackPlaces, unplaced);
    if (paragraphPlaces.paragraph !== s.paragraph) paragraphPlaces = { paragraph: s.paragraph, ids: new Set() };
    for (const m of mentions) paragraphPlaces.ids.add(m.place.id);
    links.note(s, mentions);
    topics.note(s.text, s.paragraph);
    const figures = figuresOf(s.text);
    const periods = periodsOf(s.text);
    events.push(...eventsInSentence(s, periods, mentions, places.rank, { source: article.id, published }));
    // Only a moment can sit right after an event verb; most sentences name none.
    const verbs = periods.some((p) => p.event) ? findEventVerbs(s.text) : [];
    const inherited = periods.length ? null : periodContext.inherit(s.text, s.paragraph, paragraphPlaces.ids);
    const before = facts.length;
    figures.forEach((figure, i) => {
      const attached = placeContext.attach(s.text, s.paragraph, mentions, figure.start, figure.end, figure.unitKind, unplaced);
      // "Trade with A and B grew by 12 percent and 3 percent, respectively."
      const list = figure.respectively;
      const found = list && attached.places.length === list.of ? [attached.places[list.index]!] : attached.places;
      const words = contextOf(s.text, figures, i);
      // "That figure passed 450": a new level of the sentence before's last figure, in its unit and measure.
      const back = figure.pointsBack ? (previousLevels.at(-1) ?? null) : null;
      if (figure.pointsBack && !back) {
        unread.push({ figure: s.text.slice(figure.start, figure.end), quote: s.text });
        return;
      }
      const unit = back?.unit ?? figure.unit;
      let { kind, measure } = classify({ unit, unitKind: figure.unitKind, ...words, sentence: s.text, place: found[0] ?? null, topic: topics.current(), subject: figure.subject }, figure.isChange);
      const level = !back && !figure.isChange && isUnnamed(measure) ? levelAntecedentOf(s.text, words.stretch.start, unit, previousLevels) : null;
      const antecedent = back ?? level ?? (figure.isChange && isUnnamed(measure) ? antecedentOf(s.text, figures, i, previousLevels) : null);
      if (back ?? level) ({ kind, measure } = (back ?? level)!);
      else if (antecedent) ({ kind, measure } = { kind: antecedent.kind, measure: `${antecedent.measure}-growth` });
      // A measure the registry lacks would fail the whole build at validation: the figure is listed for an editor instead.
      if (((figure.unit === 'percent' || figure.unit === 'fold') && isUnnamed(measure)) || !isDeclared(measure)) {
        unread.push({ figure: s.text.slice(figure.start, figure.end), quote: s.text });
        return;
      }
      const statusWords = { measure, before: s.text.slice(Math.max(words.clauseStart, figure.start - STATUS_REACH), figure.start), after: s.text.slice(figure.end, words.clauseEnd) };
      const period = periodOfFigure({
        sentence: s.text, paragraph: s.paragraph, figure, clause: { start: words.clauseStart, end: words.clauseEnd }, stretch: words.stretch, measure, periods, verbs, frame,
        carried: antecedent?.period ?? inherited, actual: statusOf({ ...statusWords, period: null }) === 'actual', asPublished,
      });
      // A change or a new level of the figure before takes that figure's place unless it names its own.
      const placed = antecedent && attached.from !== 'sentence' && antecedent.places.length ? { places: antecedent.places, from: 'paragraph' as const } : { places: found.map((p) => p.id), from: attached.from };
      const ids = placed.places;
      const place = ids.length ? ids.join('+') : null;
      const scope = scopes.scopeOf(s.text, figure.start, mentions);
      const warnings = unitWarnings(unit, article.data.translation);
      const placeDoubt = placed.from === attached.from ? (attached.doubt ?? null) : null;
      const status = statusOf({ ...statusWords, period });
      facts.push({
        id: factId({ kind, measure, place, period, unit, value: figure.value, scope }),
        kind,
        measure,
        value: figure.value,
        unit,
        approx: figure.approx,
        subject: back?.subject ?? figure.subject,
        place: ids[0] ?? null,
        places: ids,
        placeFrom: placed.from,
        period,
        change: figure.change,
        status,
        range: figure.range,
        equivalent: figure.equivalent,
        evidence: [{ source: article.id, quote: s.text, start: s.start + figure.start, end: s.start + figure.end, quoteStart: s.start }],
        ...confidenceOf({ measure, places: ids.map((id) => places.byId.get(id)!).filter(Boolean), period, placeDoubt, warnings, status }),
        partOf: null,
        scope,
        warnings,
        review: null,
      });
    });
    if (facts.length > before) {
      // The whole of an `Among them` may stand before a photo caption or a paragraph with no figure.
      const mine = linkParts(s.text, s.start, facts.slice(before), lastFacts);
      facts.splice(before, mine.length, ...mine);
      lastFacts = mine;
    }
    // Only the sentence just before can be pointed back to.
    previousLevels = facts.slice(before).filter((f) => !isStandaloneChange(f));
    scopes.note(s.text, mentions);
    placeContext.note(s.paragraph, mentions, s.text);
    const placeIds = mentions.map((m) => m.place.id);
    if (inherited && figures.length) periodContext.adopt(inherited, s.text, s.paragraph, placeIds);
    else periodContext.note(s.text, s.paragraph, periods, placeIds);
  }
  const notRead = notReadBecause(article.body);
  return { facts: foldRepeats(facts), events, links: links.links(), unread, unknownPlaces: [...unknown].sort(), fallbackPlaces: [...fallbackPlaces.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), ...(notRead ? { notRead } : {}) };
}

/** Extracts every fact from one article. */
export function extractArticle(article: Article, places: PlaceFinder): Fact[] {
  return readArticle(article, places).facts;
}
