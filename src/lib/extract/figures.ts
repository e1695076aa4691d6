/**
 * The figures of one sentence: its quantities with the changes reported for
 * them attached, and changes that stand alone ("increased by 36%").
 */
import type { Change } from '../../schema.ts';
import { findChanges } from './changes.ts';
import { NUMBER_WORDS } from './lexicon.ts';
import { MULTIPLIERS } from './locales/en/change-words.ts';
import { findQuantities, qualifierBefore, type Quantity } from './quantities.ts';
import { countedBySyntax } from './syntax.ts';
import { unitFromNumberOf } from './unit-nouns.ts';

/** A figure ready to become a fact. Offsets are relative to the sentence. */
export interface Figure extends Quantity {
  change: Change | null;
  /** True when the figure is itself a change with no level beside it. */
  isChange: boolean;
  /** For a change in a `respectively` list with no level of its own: its place in the list and the list's length. */
  respectively?: { index: number; of: number };
}

/**
 * Between a change and the level it reached: `grew 47.3 percent to`,
 * `rose 6% compared with the year before, reaching`.
 */
const LEVEL_AFTER_RE = /^\s*(?:,?\s*(?:year[\s-]+on[\s-]+year|compared\s+(?:to|with)\s+[^,;\d]{0,40}?|over\s+[^,;\d]{0,40}?|from\s+the\s+[^,;\d]{0,40}?))?\s*,?\s*(?:to\s+(?:reach\s+)?|reaching\s+|hitting\s+|totall?ing\s+|at\s+)(?:a\s+record(?:\s+high)?(?:\s+of)?\s+)?(?:about\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$/i;

/** Between a level and a change, what opens a clause of its own: a semicolon, or a contrasting conjunction after a comma. */
const NEW_CLAUSE_RE = /;|,\s*(?:while|whereas|but)\b/i;

/** A digit, a number word or a one-word multiple: without one a sentence has no figure. */
const MAY_HOLD_FIGURE_RE = new RegExp(`\\d|\\b(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(MULTIPLIERS)].join('|')})\\b`, 'i');

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** False when `text` cannot hold a figure: no digit, number word or one-word multiple. */
export function mayHoldFigure(text: string): boolean {
  return MAY_HOLD_FIGURE_RE.test(text);
}

/** Reads every figure in a sentence, in order of position. */
export function findFigures(sentence: string): Figure[] {
  // Most sentences hold no number at all; the patterns below are the costly part.
  if (!MAY_HOLD_FIGURE_RE.test(sentence)) return [];
  let figures: Figure[] = findQuantities(sentence).map((q) => ({ ...q, change: null, isChange: false }));
  const standalone: Figure[] = [];
  for (const c of findChanges(sentence)) {
    if (c.to) {
      const to = c.to;
      const level = figures.find((f) => f.start === to.start);
      figures = figures.filter((f) => f.start !== c.start);
      if (level) level.change = { value: c.value, unit: level.unit, basis: c.basis, ...(c.from === undefined ? {} : { from: c.from }) };
      continue;
    }
    // An absolute change printed with its own unit ("an increase of 20 billion yuan") is worth that quantity, scale included.
    const own = c.unit === 'absolute' ? figures.find((f) => overlaps(f, c) && !f.change) : undefined;
    if (own && !c.fromOnly) c.value = Math.sign(c.value || 1) * own.value;
    figures = figures.filter((f) => !overlaps(f, c));
    if (c.fromOnly) {
      // "5,000 containers crossed, up from 3,200 a year earlier": a change of the level before, from that earlier level.
      const level = [...figures].reverse().find((f) => f.end <= c.start && !f.change && f.unit !== 'percent' && !sentence.slice(f.end, c.start).includes(';'));
      if (level && c.from !== undefined) level.change = { value: Number((level.value - c.from).toPrecision(15)), unit: level.unit, basis: c.basis, from: c.from };
      continue;
    }
    if (c.list) {
      // "…reached 900 and … 30,000 tonnes, up 12 percent and 20 percent respectively": the i-th change is the i-th of the last levels.
      const levels = figures.filter((f) => f.end <= c.start && f.unit !== 'percent');
      const level = levels.length >= c.list.of ? levels[levels.length - c.list.of + c.list.index] : undefined;
      if (level && !level.change) {
        level.change = { value: c.value, unit: c.unit === 'absolute' ? level.unit : c.unit, basis: c.basis };
        continue;
      }
    }
    // "grew 47.3 percent to 326.9 billion yuan": the level after "to"; else the nearest level before.
    const changeEnd = own ? Math.max(c.end, own.end) : c.end;
    const after = figures.find((f) => f.start >= changeEnd && !f.change && f.unit !== 'percent' && LEVEL_AFTER_RE.test(sentence.slice(changeEnd, f.start)));
    // Not a known set named in the subject ("trade with the 5 partner countries grew by 4 percent").
    // Nor across a new clause with its own subject ("40 trains a day, while customs clearance time fell 12 percent").
    const base = c.list ? undefined : after ?? [...figures].reverse().find((f) => f.end <= c.start && !f.change && f.unit !== 'percent' && !NEW_CLAUSE_RE.test(sentence.slice(f.end, c.start)) && !/\bthe\s+$/i.test(sentence.slice(Math.max(0, f.start - 5), f.start)));
    if (base && (!own || own.unit === base.unit)) {
      base.change = { value: c.value, unit: c.unit === 'absolute' ? base.unit : c.unit, basis: c.basis };
    } else if (own) {
      // No level it changes ("raised 2 billion yuan from investors", "cut by 800 yuan"): the quantity stands as printed.
      figures.push(own);
      figures.sort((a, b) => a.start - b.start);
    } else if (c.unit !== 'absolute') {
      const counted = unitFromNumberOf(sentence.slice(0, c.start)) ?? countedBySyntax(sentence, c, Number.NaN, true);
      standalone.push({
        value: c.value,
        unit: c.unit,
        approx: qualifierBefore(sentence, c.start),
        start: c.start,
        end: c.end,
        subject: counted?.phrase ?? null,
        unitKind: counted?.noun.kind ?? null,
        equivalent: null,
        range: null,
        change: { value: c.value, unit: c.unit, basis: c.basis },
        isChange: true,
        ...(c.list ? { respectively: c.list } : {}),
      });
    }
  }
  return [...figures, ...standalone].sort((a, b) => a.start - b.start);
}
