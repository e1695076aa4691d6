/**
 * The figures a fact stands for, as a gold file counts them: its level, the
 * upper end of a range, the change reported beside it and the same amount in
 * another currency are separate figures there, one fact here.
 */
import type { Fact } from '../../schema.ts';
import { isStandaloneChange } from '../extract/antecedent.ts';

/** One figure read by the extractor, in the gold file's terms. */
export interface ReadFigure {
  fact: Fact;
  source: string;
  value: number;
  unit: string;
  /** True for a growth rate, an increase or a multiple. */
  change: boolean;
  /** The figure's own span in the body, or null when it has none of its own (a change beside a level). */
  span: { start: number; end: number } | null;
  /** The quote's span in the body. */
  quote: { start: number; end: number };
}


/** Every figure one fact stands for, once per source that printed it. */
export function figuresOf(fact: Fact): ReadFigure[] {
  return fact.evidence.flatMap((ev) => {
    const base = { fact, source: ev.source, quote: { start: ev.quoteStart, end: ev.quoteStart + ev.quote.length } };
    const own = { start: ev.start, end: ev.end };
    if (isStandaloneChange(fact)) return [{ ...base, value: fact.value, unit: fact.unit, change: true, span: own }];
    const out: ReadFigure[] = [{ ...base, value: fact.value, unit: fact.unit, change: false, span: own }];
    if (fact.range && fact.range.max !== fact.value) out.push({ ...base, value: fact.range.max, unit: fact.unit, change: false, span: own });
    if (fact.change) out.push({ ...base, value: fact.change.value, unit: fact.change.unit, change: true, span: null });
    if (fact.equivalent) out.push({ ...base, value: fact.equivalent.value, unit: fact.equivalent.unit, change: false, span: null });
    return out;
  });
}
