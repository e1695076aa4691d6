/** Editor review of extracted facts, `content/review.yaml`. */
import { z } from 'zod';
import { Approx, Change, FactKind, FactScope, FactStatus, Period, Range } from './facts.ts';
import { MeasureId } from './measures.ts';

/** The fields an editor may set when correcting a fact; each is checked like the fact's own. */
export const FactCorrection = z.strictObject({
  kind: FactKind.optional(),
  measure: MeasureId.optional(),
  value: z.number().optional(),
  unit: z.string().min(1).optional(),
  approx: Approx.optional(),
  subject: z.string().nullable().optional(),
  place: z.string().nullable().optional(),
  places: z.array(z.string()).optional(),
  period: Period.nullable().optional(),
  change: Change.nullable().optional(),
  range: Range.nullable().optional(),
  /** Added in 0.4. */
  status: FactStatus.optional(),
  /** Added in 0.6. */
  scope: FactScope.optional(),
  /** The whole's fact id, or null for no part. Added in 0.6. */
  partOf: z.string().nullable().optional(),
});
export type FactCorrection = z.infer<typeof FactCorrection>;

/**
 * One editor decision in `content/review.yaml`, keyed by fact id:
 * `reject` drops the fact (the note says why), `correct` sets fields,
 * `note` adds a note shown with the fact, `accept` confirms the fact as
 * read (added in 0.6), so a low-confidence fact may be charted.
 */
export const ReviewEntry = z
  .strictObject({
    fact: z.string().min(1),
    action: z.enum(['reject', 'correct', 'note', 'accept']),
    note: z.string().trim().min(1).optional(),
    set: FactCorrection.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.action === 'correct' && (!entry.set || Object.keys(entry.set).length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['set'], message: 'a correction needs `set:` with at least one field' });
    }
    if (entry.action !== 'correct' && entry.set) {
      ctx.addIssue({ code: 'custom', path: ['set'], message: `\`set:\` only goes with \`action: correct\`, not \`${entry.action}\`` });
    }
    if ((entry.action === 'reject' || entry.action === 'note') && !entry.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `\`action: ${entry.action}\` needs a \`note:\` saying why` });
    }
  });
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/** The whole review file: a list of decisions. */
export const ReviewFile = z.array(ReviewEntry);
