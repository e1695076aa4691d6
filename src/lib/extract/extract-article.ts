/**
 * Extraction for one article: text in, facts out. Each fact carries one
 * piece of evidence here; reconciliation across articles merges them.
 */
import type { Article, Fact } from '../../schema.ts';
import { PlaceContext } from './attach-place.ts';
import { classify } from './classify.ts';
import { factId } from './fact-id.ts';
import { findFigures, type Figure } from './figures.ts';
import { contentSpans } from './furniture.ts';
import { resolvePeriod } from './periods.ts';
import type { PlaceFinder } from './places.ts';
import { segment } from './segment.ts';

/** How far, in characters, the words that name a figure's measure may stand from it. */
const NEAR_BEFORE = 90;
const NEAR_AFTER = 40;

/** The words around a figure: near ones (bounded by its neighbours) and its whole clause. */
function contextOf(sentence: string, figures: Figure[], i: number): { before: string; after: string; clause: string } {
  const f = figures[i]!;
  const clauseStart = sentence.lastIndexOf(';', f.start) + 1;
  const semicolon = sentence.indexOf(';', f.end);
  const clauseEnd = semicolon < 0 ? sentence.length : semicolon;
  const from = Math.max(figures[i - 1]?.end ?? 0, clauseStart, f.start - NEAR_BEFORE);
  const to = Math.min(figures[i + 1]?.start ?? sentence.length, clauseEnd, f.end + NEAR_AFTER);
  return { before: sentence.slice(from, f.start), after: sentence.slice(f.end, to), clause: sentence.slice(clauseStart, clauseEnd) };
}

/** Extracts every fact from one article. */
export function extractArticle(article: Article, places: PlaceFinder): Fact[] {
  const { body } = article;
  const published = article.data.published;
  const context = new PlaceContext();
  const facts: Fact[] = [];
  for (const s of segment(body, contentSpans(body))) {
    const mentions = places.find(s.text);
    const figures = findFigures(s.text);
    const period = figures.length ? resolvePeriod(s.text, published) : null;
    figures.forEach((figure, i) => {
      const place = context.placeFor(s.text, s.paragraph, mentions, figure.start);
      const words = contextOf(s.text, figures, i);
      const { kind, measure } = classify({ unit: figure.unit, unitKind: figure.unitKind, ...words, sentence: s.text, place }, figure.isChange);
      const placeId = place?.id ?? null;
      facts.push({
        id: factId({ kind, measure, place: placeId, period, unit: figure.unit, value: figure.value }),
        kind,
        measure,
        value: figure.value,
        unit: figure.unit,
        approx: figure.approx,
        subject: figure.subject,
        place: placeId,
        period,
        change: figure.change,
        evidence: [{ source: article.id, quote: s.text, start: s.start + figure.start, end: s.start + figure.end, quoteStart: s.start }],
        confidence: placeId && period && measure !== 'amount' && measure !== 'growth' && measure !== 'share' ? 'high' : 'low',
      });
    });
    context.note(s.paragraph, mentions);
  }
  return facts;
}
