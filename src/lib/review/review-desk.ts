/**
 * The review desk (`npm run review`), like `git add -p` for facts: each fact
 * that needs an editor is shown with its sentence, what was read and why it
 * is low; the editor accepts, corrects a field, rejects, notes or skips it,
 * and every decision is written to `content/review.yaml` at once, so quitting
 * half-way keeps what was decided. The prompts, the reader of the file and
 * the writer are parameters: the script supplies a terminal and the disk.
 */
import { FactCorrection, type CorrectableField, type Fact, type FactsFile, type ReviewEntry } from '../../schema.ts';
import { parseReview } from './parse-review.ts';
import { reviewCard } from './review-card.ts';
import { appendReview } from './review-file.ts';
import { reviewQueue } from './review-queue.ts';

/** What the editor can do with one fact. */
export type DeskAction = 'accept' | 'correct' | 'reject' | 'note' | 'skip' | 'quit';

/** The questions the desk asks; a terminal answers them, or a test. */
export interface DeskPrompts {
  action(message: string): Promise<DeskAction>;
  field(message: string, fields: readonly CorrectableField[]): Promise<CorrectableField>;
  /** Free text; `validate` returns true, or the problem to show. */
  text(message: string, validate: (answer: string) => true | string): Promise<string>;
}

/** Everything the desk reads and writes. */
export interface DeskOptions {
  data: FactsFile;
  reviewPath: string;
  readReview: () => string;
  /** Writes the whole review file (the script writes a temp file and renames it). */
  writeReview: (text: string) => void;
  prompts: DeskPrompts;
  log: (line: string) => void;
  color: boolean;
  /** Print the queue and ask nothing. */
  list: boolean;
}

/** The fields the desk offers to correct, most often wrong first. */
export const DESK_FIELDS: readonly CorrectableField[] = ['place', 'period', 'measure', 'value', 'unit', 'status', 'scope', 'partOf', 'kind', 'approx', 'subject'];

const NONE = /^(?:none|null|-)$/i;

/**
 * Reads what the editor typed for `field`: `none` clears a place, a period, a
 * subject or a whole; a period is `2024-01-01..2024-06-30 first half of 2024`.
 */
export function parseCorrection(field: CorrectableField, answer: string, data: FactsFile): { value: unknown } | { error: string } {
  const raw = answer.trim();
  const clearable = ['place', 'subject', 'partOf', 'period'].includes(field);
  // An empty answer never corrects anything: clearing a field takes a typed `none`.
  if (!raw) return { error: clearable ? `type the new ${field}, or none to clear it` : `type the new ${field}` };
  let value: unknown = raw;
  if (clearable && NONE.test(raw)) value = null;
  else if (field === 'value') value = Number(raw.replace(/,/g, ''));
  else if (field === 'places') value = raw.split(/[\s,]+/).filter(Boolean);
  else if (field === 'period') {
    const m = /^(\d{4}-\d{2}-\d{2}|…|\.\.\.)?\.\.(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(raw);
    if (!m) return { error: 'write start..end label, e.g. 2024-01-01..2024-06-30 first half of 2024 (..2024-06-30 for "as of"), or none' };
    value = { start: m[1] && /\d/.test(m[1]) ? m[1] : null, end: m[2], label: m[3] };
  }
  const checked = FactCorrection.shape[field].safeParse(value);
  if (!checked.success) return { error: checked.error.issues[0]!.message };
  const ids = (field === 'place' ? [value] : field === 'places' ? (value as string[]) : []).filter((v): v is string => typeof v === 'string');
  const unknown = ids.find((id) => !data.places.some((p) => p.id === id));
  if (unknown) return { error: `no place has the id "${unknown}"; use an id from content/gazetteer.yaml` };
  if (field === 'partOf' && value !== null && !data.facts.some((f) => f.id === value)) return { error: `no fact has the id "${String(value)}"` };
  return { value: checked.data };
}

/** One decision for `fact`, or null to skip it, or 'quit'. */
async function decide(fact: Fact, data: FactsFile, prompts: DeskPrompts): Promise<ReviewEntry | null | 'quit'> {
  const action = await prompts.action('Accept, correct, reject, note, skip or quit?');
  const required = (a: string) => (a.trim() ? true : 'a note is required: say why');
  switch (action) {
    case 'quit':
      return 'quit';
    case 'skip':
      return null;
    case 'accept':
      return { fact: fact.id, action: 'accept' };
    case 'reject':
    case 'note':
      return { fact: fact.id, action, note: (await prompts.text(action === 'reject' ? 'Why reject it?' : 'Note:', required)).trim() };
    case 'correct': {
      const field = await prompts.field('Which field is wrong?', DESK_FIELDS);
      let value: unknown;
      await prompts.text(`New ${field}:`, (a) => {
        const parsed = parseCorrection(field, a, data);
        if ('error' in parsed) return parsed.error;
        value = parsed.value;
        return true;
      });
      const note = (await prompts.text('Note (optional):', () => true)).trim();
      return { fact: fact.id, action: 'correct', set: { [field]: value }, ...(note ? { note } : {}) };
    }
  }
}

/** Runs the desk; returns how many decisions were written. */
export async function runReviewDesk(o: DeskOptions): Promise<number> {
  const places = new Map(o.data.places.map((p) => [p.id, p]));
  const queue = reviewQueue(o.data.facts, parseReview(o.reviewPath, o.readReview()));
  const low = queue.filter((f) => f.confidence === 'low').length;
  o.log(`${queue.length} fact(s) to review: ${low} low confidence (held out of charts and the story), ${queue.length - low} high.`);
  let written = 0;
  for (const [i, fact] of queue.entries()) {
    o.log('');
    for (const line of reviewCard(fact, places, `${i + 1}/${queue.length}`, { color: o.color })) o.log(line);
    if (o.list) continue;
    const entry = await decide(fact, o.data, o.prompts);
    if (entry === 'quit') break;
    if (!entry) continue;
    o.writeReview(appendReview(o.reviewPath, o.readReview(), entry));
    written++;
  }
  if (!o.list) o.log(`\n${written} decision(s) written to ${o.reviewPath}. Next: npm run build applies them.`);
  return written;
}
