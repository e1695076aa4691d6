/**
 * How a read figure is compared with a gold one, field by field, following
 * the corpus README: unit synonyms folded, places matched on any acceptable
 * name (the place's own names or an enclosing place's), periods on their end
 * date (`~YYYY` on its year only; a gold null is not checked).
 */
import type { GoldFact, Place } from '../../schema.ts';
import { monthEnd } from '../extract/period-rules.ts';
import type { ReadFigure } from './figures.ts';

/** Unit spellings the extractor or a gold file may use for one family. */
const UNIT_SYNONYMS: Readonly<Record<string, string>> = {
  yuan: 'CNY', rmb: 'CNY', cny: 'CNY', usd: 'USD', dollars: 'USD', '%': 'percent', pct: 'percent',
  tons: 'tonnes', tonne: 'tonnes', companies: 'enterprises', firms: 'enterprises', trucks: 'vehicles', cars: 'vehicles',
  trips: 'trains', fold: 'times', teu: 'TEU', teus: 'TEU',
};

/** The unit family a unit belongs to. */
export function unitFamily(unit: string): string {
  return UNIT_SYNONYMS[unit.toLowerCase()] ?? unit;
}

/** Values equal up to binary noise. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A read value against a gold one. Gold changes are printed sizes ("fell by 12 percent" is 12): their sign is in the words, so only the size is compared. */
export function sameGoldValue(read: number, gold: GoldFact): boolean {
  return gold.change ? sameValue(Math.abs(read), Math.abs(gold.value)) : sameValue(read, gold.value);
}


/** The end date a gold period label stands for, or the year alone for `~YYYY`. */
export function goldPeriodEnd(label: string): { end: string } | { year: number } {
  let m: RegExpExecArray | null;
  if ((m = /^~(\d{4})$/.exec(label))) return { year: Number(m[1]) };
  if ((m = /^(\d{4})$/.exec(label))) return { end: `${m[1]}-12-31` };
  if ((m = /^(\d{4})-H([12])$/.exec(label))) return { end: monthEnd(Number(m[1]), Number(m[2]) * 6) };
  if ((m = /^(\d{4})-Q[1-4]-Q([1-4])$/.exec(label)) || (m = /^(\d{4})-Q([1-4])$/.exec(label))) return { end: monthEnd(Number(m[1]), Number(m[2]) * 3) };
  if ((m = /\.\.(\d{4})-(\d{2})$/.exec(label))) return { end: monthEnd(Number(m[1]), Number(m[2])) };
  return { end: label };
}

/** True when the figure's period agrees with the gold period. */
export function periodRight(figure: ReadFigure, gold: GoldFact): boolean {
  if (gold.period === null) return true;
  const end = figure.fact.period?.end;
  if (!end) return false;
  const want = goldPeriodEnd(gold.period);
  return 'year' in want ? Number(end.slice(0, 4)) === want.year : end === want.end;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\s‐-―-]+/g, ' ').trim().toLowerCase();

/** Every name a place answers to: its id, name and aliases, and those of the places enclosing it. */
export function namesOf(place: Place, byId: ReadonlyMap<string, Place>): Set<string> {
  const names = new Set<string>();
  for (let p: Place | undefined = place, depth = 0; p && depth < 10; p = p.parent ? byId.get(p.parent) : undefined, depth++) {
    for (const n of [p.id, p.name, ...p.aliases]) names.add(fold(n));
  }
  return names;
}

/** True when every place the figure names answers to one of the gold's acceptable places. */
export function placeRight(figure: ReadFigure, gold: GoldFact, byId: ReadonlyMap<string, Place>): boolean {
  const wanted = (Array.isArray(gold.place) ? gold.place : [gold.place]).map(fold);
  const places = figure.fact.places.map((id) => byId.get(id)).filter((p): p is Place => p !== undefined);
  return places.length > 0 && places.every((p) => {
    const names = namesOf(p, byId);
    return wanted.some((w) => names.has(w));
  });
}

/** The measure as a gold file names it: a change is named by the measure it changes. */
export function measureOf(figure: ReadFigure): string {
  return figure.fact.measure.replace(/-(?:growth|share)$/, '');
}

/**
 * The names a gold file may give the figure's measure. Besides the base
 * measure, a share is named by its kind (`trade-share`, `investment-share`),
 * as the corpus convention has it, where ours keeps what it is a share of
 * (`export-value-share`).
 */
export function measureNames(figure: ReadFigure): string[] {
  const base = measureOf(figure);
  if (!figure.fact.measure.endsWith('-share')) return [base];
  return [base, `${base}-share`, `${figure.fact.kind}-share`];
}

/** Field by field, how a figure compares with a gold figure at the same place in the text. */
export function compare(figure: ReadFigure, gold: GoldFact, byId: ReadonlyMap<string, Place>) {
  const value = sameGoldValue(figure.value, gold) && unitFamily(figure.unit) === unitFamily(gold.unit);
  const kind = figure.fact.kind === gold.kind;
  const place = placeRight(figure, gold, byId);
  const period = periodRight(figure, gold);
  return {
    value,
    kind,
    measure: measureNames(figure).includes(gold.measure),
    place,
    period,
    status: figure.fact.status === gold.status,
    /** Value, unit, kind, place and period. */
    full: value && kind && place && period,
  };
}
export type Comparison = ReturnType<typeof compare>;
