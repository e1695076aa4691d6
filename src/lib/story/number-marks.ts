/**
 * The numbers of a source that its highlighted figures do not cover, each
 * marked for what it is: part of a figure beside it (its change, its earlier
 * level, its range, the same amount in another currency), a repeat of a
 * figure the page already marks, or a number read and left out, with the
 * reason (`extract/left-out.ts`). Page furniture is left to the paragraph
 * flags: its numbers were never read.
 */
import type { Fact } from '../../schema.ts';
import { contentSpans } from '../extract/furniture.ts';
import { numberTokens, whyLeftOut } from '../extract/left-out.ts';
import { findPeriods } from '../extract/periods.ts';
import { readScale, scale } from '../extract/numbers.ts';
import type { Marked } from './source-text.ts';

/** The values a fact prints besides its figure, each of which a number beside it may stand for. */
function valuesOf(fact: Fact): number[] {
  const change = fact.change ? [Math.abs(fact.change.value), ...(fact.change.from === undefined ? [] : [fact.change.from])] : [];
  return [fact.value, ...change, ...(fact.range ? [fact.range.min, fact.range.max] : []), ...(fact.equivalent ? [fact.equivalent.value] : [])];
}

/** The word a number is glued into, `COVID-19`, `12th`, `G30`, so its reason follows the whole word; never past its content span. */
function wholeWord(body: string, start: number, end: number, span: { start: number; end: number }): { start: number; end: number } {
  const glued = /[\p{L}\p{N}]/u;
  let from = start;
  let to = end;
  while (from > span.start && (glued.test(body[from - 1]!) || (body[from - 1] === '-' && from - 1 > span.start && glued.test(body[from - 2]!)))) from -= 1;
  while (to < span.end && glued.test(body[to]!)) to += 1;
  return { start: from, end: to };
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;

/**
 * Marks for every number of `body` outside `covered` (the spans already
 * marked): `partOf` a fact of the same sentence whose values it matches,
 * or `leftOut` with why. `facts` are the source's; `published` dates its periods.
 */
export function numberMarks(body: string, facts: readonly Fact[], sourceId: string, covered: readonly Marked[], published: string): Marked[] {
  const spans = facts.flatMap((fact) => fact.evidence.filter((e) => e.source === sourceId).map((e) => ({ fact, e })));
  const overlaps = (list: ReadonlyArray<{ start: number; end: number }>, start: number, end: number) => list.some((m) => m.start < end && start < m.end);
  // A figure printed again in the same source (folded into one fact) is marked as that fact's wherever it stands.
  const marks: Marked[] = spans.filter(({ e }) => !overlaps(covered, e.start, e.end)).map(({ fact, e }) => ({ start: e.start, end: e.end, partOf: fact.id }));
  const inside = (start: number, end: number) => overlaps(covered, start, end) || overlaps(marks, start, end);
  for (const span of contentSpans(body)) {
    const text = body.slice(span.start, span.end);
    const tokens = numberTokens(text);
    if (!tokens.length) continue;
    const periods = findPeriods(text, published);
    for (const token of tokens) {
      const start = span.start + token.start;
      const end = span.start + token.end;
      if (inside(start, end)) continue;
      const scaled = readScale(text.slice(token.end));
      const value = scaled ? scale(token.value, scaled.multiplier) : token.value;
      // The fact whose sentence holds this number and prints this value.
      const owner = spans.find(({ fact, e }) => {
        const from = e.quoteStart;
        return from <= start && end <= from + e.quote.length && valuesOf(fact).some((v) => same(v, value) || same(v, token.value));
      });
      if (owner) marks.push({ start, end, partOf: owner.fact.id });
      else marks.push({ ...wholeWord(body, start, end, span), leftOut: whyLeftOut(text, token, periods) });
    }
  }
  return marks;
}
