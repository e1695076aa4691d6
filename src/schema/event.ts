/** Dated events for the timeline. */
import { z } from 'zod';
import { IsoDate } from './article.ts';
import { Evidence } from './facts.ts';

/** How precisely a source dated an event. */
export const DatePrecision = z.enum(['day', 'month', 'quarter', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * Something that happened on a date the source names: a zone inaugurated,
 * a route opened, an initiative proposed. Events carry no figure; they feed
 * the timeline.
 */
export const Event = z.object({
  /** Stable id from the date and the words that describe the event. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The span the date phrase covers: a single day, or a whole month or year. */
  date: z.object({ start: IsoDate, end: IsoDate, label: z.string() }),
  precision: DatePrecision,
  /** The clause that says what happened, as printed. */
  text: z.string().min(1),
  /** The verb that makes it an event, lower case, e.g. `inaugurated`. */
  action: z.string().min(1),
  /** Places named in the clause, most specific first. */
  places: z.array(z.string()),
  evidence: z.array(Evidence).min(1),
});
export type Event = z.infer<typeof Event>;
