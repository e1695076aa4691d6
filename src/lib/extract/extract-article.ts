/**
 * Extraction for one article: text in, facts and dated events out. Each
 * carries one piece of evidence here; reconciliation across articles merges them.
 */
import type { Article, Event, Fact, Period, Place } from '../../schema.ts';
import { antecedentOf, isStandaloneChange, levelAntecedentOf } from './antecedent.ts';
import { PlaceContext } from './attach-place.ts';
import { classify, isStock, isTimeless, isUnnamed } from './classify.ts';
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
import { findPeriods, mayNamePeriod, periodNear, type PeriodMention } from './periods.ts';
import type { PlaceFinder } from './places.ts';
import { NOW_WORDS, PRESENT_STATE, VAGUE_TIME_PHRASES } from './locales/en/period-cues.ts';
import { pubEnd, parsePubDate } from './period-rules.ts';
import { Salience } from './salience.ts';
import { segment } from './segment.ts';
import { withFallback } from './sentence-places.ts';
import { stretchAround } from './stretch.ts';
import { statusOf } from './status.ts';
import { TopicContext } from './topic.ts';

/** How far, in characters, the words that name a figure's measure may stand from it. */
const NEAR_BEFORE = 90;
const NEAR_AFTER = 40;
const VAGUE_RE = new RegExp(VAGUE_TIME_PHRASES, 'i');
// Lower case only: "the Khunjerab Pass" is a name, not a verb.
const PRESENT_RE = new RegExp(PRESENT_STATE);
const NOW_RE = new RegExp(NOW_WORDS, 'i');
/** How far before a figure a cue of its status ("will", "plans to") may stand. */
const STATUS_REACH = 150;

/** What reading one article found: its facts, its dated events and what an editor should look at. */
export interface ArticleReading {
  facts: Fact[];
  /** Dated events, in the order printed; merged across articles by `mergeEvents`. */
  events: Event[];
  /** Figures read but not published because nothing says what they measure. */
  unread: Array<{ figure: string; quote: string }>;
  /** Place-like names not in the gazetteer nor found in the fallback, sorted, each once. */
  unknownPlaces: string[];
  /** Places the curated gazetteer lacks that the fallback (GeoNames) supplied, by id, for an editor to curate. */
  fallbackPlaces: Place[];
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
  const asPublished: Period = { start: null, end: pubEnd(parsePubDate(published)), label: 'as of publication', inherited: true, from: 'published' };
  const facts: Fact[] = [];
  const events: Event[] = [];
  const unread: ArticleReading['unread'] = [];
  const unknown = new Set<string>();
  const fallbackPlaces = new Map<string, Place>();
  let paragraphPlaces = { paragraph: -1, ids: new Set<string>() };
  let previousLevels: Fact[] = [];
  for (const s of sentences) {
    const unplaced: Array<{ start: number; end: number }> = [];
    const mentions = withFallback(s.text, places.find(s.text), places, unknown, fallbackPlaces, unplaced);
    if (paragraphPlaces.paragraph !== s.paragraph) paragraphPlaces = { paragraph: s.paragraph, ids: new Set() };
    for (const m of mentions) paragraphPlaces.ids.add(m.place.id);
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
      // A moment ("started construction in April") dates an event, not a plan or a size; "Founded in May, …" dates the founding, not the figure.
      const usable = periods.filter((p) => !p.event || (!isTimeless(measure) && !verbs.some((v) => v.end <= p.start && /^\s*$/.test(s.text.slice(v.end, p.start)))));
      const ownMention = periodNear(usable, figure.start, { start: words.clauseStart, end: words.clauseEnd }, words.stretch, figure.end);
      const statusWords = { measure, before: s.text.slice(Math.max(words.clauseStart, figure.start - STATUS_REACH), figure.start), after: s.text.slice(figure.end, words.clauseEnd) };
      // The article's period is the fallback for what happened in it, never for a plan, a forecast or a size.
      const framed = s.paragraph <= frame.reach && !VAGUE_RE.test(words.clause) && !isStock(measure) && statusOf({ ...statusWords, period: null }) === 'actual' ? frame.period : null;
      const carried = antecedent?.period ?? inherited;
      // "Now" dates any state by publication; a present-tense verb only a flow or a rate ("5 cars stand at Torugart"); both in the figure's own stretch.
      const stretch = s.text.slice(words.stretch.start, words.stretch.end);
      const now = !isTimeless(measure) && NOW_RE.test(stretch) ? asPublished : null;
      // "The port now has a capacity of 540,000 TEU, and plans to reach 1 million TEU by 2030": "now" beats a period outside the figure's stretch.
      const outside = ownMention && (ownMention.start < words.stretch.start || ownMention.end > words.stretch.end);
      const own = now && outside ? undefined : ownMention?.period;
      const present = !isStock(measure) && PRESENT_RE.test(stretch) ? asPublished : null;
      const period: Period | null = own ? { ...own, from: 'sentence' } : (now ?? (carried ? { ...carried, inherited: true, from: 'paragraph' } : (present ?? (framed && { ...framed, inherited: true }))));
      // A change or a new level of the figure before takes that figure's place unless it names its own.
      const placed = antecedent && attached.from !== 'sentence' && antecedent.places.length ? { places: antecedent.places, from: 'paragraph' as const } : { places: found.map((p) => p.id), from: attached.from };
      const ids = placed.places;
      const place = ids.length ? ids.join('+') : null;
      facts.push({
        id: factId({ kind, measure, place, period, unit, value: figure.value }),
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
        status: statusOf({ ...statusWords, period }),
        range: figure.range,
        equivalent: figure.equivalent,
        evidence: [{ source: article.id, quote: s.text, start: s.start + figure.start, end: s.start + figure.end, quoteStart: s.start }],
        // A plan or a size needs no period to be pinned down.
        confidence: ids.length && (period || isTimeless(measure)) && !isUnnamed(measure) ? 'high' : 'low',
        review: null,
      });
    });
    // Only the sentence just before can be pointed back to.
    previousLevels = facts.slice(before).filter((f) => !isStandaloneChange(f));
    placeContext.note(s.paragraph, mentions, s.text);
    const placeIds = mentions.map((m) => m.place.id);
    if (inherited && figures.length) periodContext.adopt(inherited, s.text, s.paragraph, placeIds);
    else periodContext.note(s.text, s.paragraph, periods, placeIds);
  }
  return { facts: foldRepeats(facts), events, unread, unknownPlaces: [...unknown].sort(), fallbackPlaces: [...fallbackPlaces.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/** Extracts every fact from one article. */
export function extractArticle(article: Article, places: PlaceFinder): Fact[] {
  return readArticle(article, places).facts;
}
