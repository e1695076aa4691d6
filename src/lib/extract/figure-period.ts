/**
 * The period of one figure: its own sentence's period nearest it first, then
 * "now", a period carried from an earlier sentence, a present-tense state,
 * and last the article's period (the document frame). `period.from` says
 * which one it was.
 */
import type { Period } from '../../schema.ts';
import { isStock, isTimeless } from './classify.ts';
import { NOW_WORDS, PRESENT_STATE, VAGUE_TIME_PHRASES } from './locales/en/period-cues.ts';
import { pubEnd, parsePubDate } from './period-rules.ts';
import { periodNear, type PeriodMention } from './periods.ts';

const VAGUE_RE = new RegExp(VAGUE_TIME_PHRASES, 'i');
// Lower case only: "the Khunjerab Pass" is a name, not a verb.
const PRESENT_RE = new RegExp(PRESENT_STATE);
const NOW_RE = new RegExp(NOW_WORDS, 'i');

/** Where a figure stands and what is around it. */
export interface FigurePeriodInput {
  sentence: string;
  paragraph: number;
  figure: { start: number; end: number };
  clause: { start: number; end: number };
  /** The figure's own stretch between commas. */
  stretch: { start: number; end: number };
  measure: string;
  /** The periods the sentence names. */
  periods: readonly PeriodMention[];
  /** Where the sentence's event verbs end (`opened`, `founded`). */
  verbs: ReadonlyArray<{ end: number }>;
  /** The article's period, and how many paragraphs it reaches. */
  frame: { period: Period | null; reach: number };
  /** A period from an earlier sentence or from the figure pointed back to. */
  carried: Period | null;
  /** True when nothing marks the figure as planned, expected or aimed at. */
  actual: boolean;
  /** The period "as of publication", for a present state (see {@link asPublishedOf}). */
  asPublished: Period;
}

/** The period of a present state: up to the article's publication date. */
export function asPublishedOf(published: string): Period {
  return { start: null, end: pubEnd(parsePubDate(published)), label: 'as of publication', inherited: true, from: 'published' };
}

/** The figure's period, or null when nothing names one. */
export function periodOfFigure(i: FigurePeriodInput): Period | null {
  const { sentence, figure, clause, measure } = i;
  const { asPublished } = i;
  // A moment ("started construction in April") dates an event, not a plan or a size; "Founded in May, …" dates the founding, not the figure.
  const usable = i.periods.filter((p) => !p.event || (!isTimeless(measure) && !i.verbs.some((v) => v.end <= p.start && /^\s*$/.test(sentence.slice(v.end, p.start)))));
  const ownMention = periodNear(usable, figure.start, clause, i.stretch, figure.end);
  // The article's period is the fallback for what happened in it, never for a plan, a forecast or a size.
  const framed = i.paragraph <= i.frame.reach && !VAGUE_RE.test(sentence.slice(clause.start, clause.end)) && !isStock(measure) && i.actual ? i.frame.period : null;
  // "Now" dates any state by publication; a present-tense verb only a flow or a rate ("5 cars stand at Torugart"); both in the figure's own stretch.
  const stretch = sentence.slice(i.stretch.start, i.stretch.end);
  const now = !isTimeless(measure) && NOW_RE.test(stretch) ? asPublished : null;
  // "The port now has a capacity of 540,000 TEU, and plans to reach 1 million TEU by 2030": "now" beats a period outside the figure's stretch.
  const outside = ownMention && (ownMention.start < i.stretch.start || ownMention.end > i.stretch.end);
  const own = now && outside ? undefined : ownMention?.period;
  const present = !isStock(measure) && PRESENT_RE.test(stretch) ? asPublished : null;
  if (own) return { ...own, from: 'sentence' };
  return now ?? (i.carried ? { ...i.carried, inherited: true, from: 'paragraph' } : (present ?? (framed && { ...framed, inherited: true })));
}
