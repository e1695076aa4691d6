import { hash as digest } from 'node:crypto';

/**
 * A stable id for an event from its date and the words that report it: a
 * readable prefix (date, action, first place) and a short hash, so the same
 * clause dated the same way gets the same id on every build.
 */
export function eventId(date: { start: string; end: string }, text: string, action: string, place: string | null): string {
  const hash = digest('sha256', [date.start, date.end, text].join('|')).slice(0, 8);
  const slug = [date.start, action, place ?? ''].join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${hash}`;
}
