/**
 * Scores what the extractor read against a gold file. A read figure "sits
 * on" a gold figure when it comes from the same sentence of the same article
 * and has the gold's value, or when its own span overlaps the gold text. It
 * is right when value, unit, kind, place and period all agree (see
 * `compare.ts`). A figure read from page furniture listed as noise is always
 * wrong.
 */
import type { Article, GoldFact, GoldFile, Place } from '../../schema.ts';
import { compare, sameGoldValue, sameValue, type Comparison } from './compare.ts';
import { articleForSource } from './corpus.ts';
import type { ReadFigure } from './figures.ts';

/** One gold figure and the best reading of it, if any. */
export interface GoldResult {
  gold: GoldFact;
  article: string;
  /** The read figure that sits on it, the best one first; null when nothing does. */
  figure: ReadFigure | null;
  comparison: Comparison | null;
}

/** What scoring one set of articles found. */
export interface SetScore {
  results: GoldResult[];
  /** Read figures sitting on a gold figure, and whether each is right for one of them. */
  sitting: Array<{ figure: ReadFigure; right: boolean }>;
  /** Read figures taken from page furniture. */
  noise: Array<{ figure: ReadFigure; why: string }>;
  /** Read figures that sit on no gold figure and no furniture. */
  extras: ReadFigure[];
}

/** Every offset at which `text` occurs in `body`. */
function occurrences(body: string, text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) out.push({ start: at, end: at + text.length });
  return out;
}

const inside = (outer: { start: number; end: number }, inner: { start: number; end: number }) => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** True when a read figure sits on a gold figure printed at `at`. */
function sitsOn(figure: ReadFigure, gold: GoldFact, at: { start: number; end: number }): boolean {
  if (!inside(figure.quote, at)) return false;
  return sameGoldValue(figure.value, gold) || (figure.span !== null && !figure.change && overlaps(figure.span, at));
}

/** Ranks candidate readings of one gold figure: the most fields right first. */
function rank(c: Comparison): number {
  return (c.full ? 100 : 0) + (c.value ? 20 : 0) + (c.kind ? 4 : 0) + (c.place ? 2 : 0) + (c.period ? 2 : 0) + (c.measure ? 1 : 0);
}

/**
 * Scores the figures read from `articles` against `gold`.
 *
 * @throws when a gold text is not in its article: the gold file and the articles disagree
 */
export function scoreSet(articles: readonly Article[], figures: readonly ReadFigure[], gold: GoldFile, places: readonly Place[]): SetScore {
  const byId = new Map(places.map((p) => [p.id, p]));
  const bySource = Map.groupBy(figures, (f) => f.source);
  const sittingRight = new Map<ReadFigure, boolean>();
  const results: GoldResult[] = gold.facts.map((g) => {
    const article = articleForSource(articles, g.src);
    if (!article) throw new Error(`gold: src "${g.src}" names no article. Fix: correct the src or add the article`);
    const at = occurrences(article.body, g.text);
    if (at.length === 0) throw new Error(`gold: ${g.src}: text "${g.text}" is not in ${article.path}. Fix: copy the text exactly from the article body`);
    const candidates = (bySource.get(article.id) ?? []).filter((f) => at.some((o) => sitsOn(f, g, o)));
    const compared = candidates.map((figure) => ({ figure, comparison: compare(figure, g, byId) })).sort((a, b) => rank(b.comparison) - rank(a.comparison));
    for (const c of compared) sittingRight.set(c.figure, (sittingRight.get(c.figure) ?? false) || c.comparison.full);
    const best = compared[0];
    return { gold: g, article: article.id, figure: best?.figure ?? null, comparison: best?.comparison ?? null };
  });
  const noise: SetScore['noise'] = [];
  for (const n of gold.noise) {
    const article = articleForSource(articles, n.src);
    if (!article) throw new Error(`gold: noise src "${n.src}" names no article. Fix: correct the src`);
    for (const f of bySource.get(article.id) ?? []) {
      const quote = squash(article.body.slice(f.quote.start, f.quote.end));
      if (quote.includes(squash(n.text)) && (n.values.length === 0 || n.values.some((v) => sameValue(v, f.value)))) noise.push({ figure: f, why: n.why });
    }
  }
  const noisy = new Set(noise.map((n) => n.figure));
  const sitting = [...sittingRight].filter(([f]) => !noisy.has(f)).map(([figure, right]) => ({ figure, right }));
  const extras = figures.filter((f) => !sittingRight.has(f) && !noisy.has(f) && articles.some((a) => a.id === f.source));
  return { results, sitting, noise, extras };
}
