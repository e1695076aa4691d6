import { hash as digest } from 'node:crypto';
import type { FactScope, Period } from '../../schema.ts';

/** What a fact means: the parts its id is made from. */
export interface FactMeaning {
  kind: string;
  measure: string;
  place: string | null;
  period: Period | null;
  unit: string;
  value: number;
  /** A project's or a company's figure is not its place's: it gets an id of its own. A place's figure keeps the id it had before scopes were read. */
  scope?: FactScope;
}

/**
 * A stable id from what a fact means, not where it was printed: the same
 * figure for the same measure, place and period gets the same id in any
 * article, and adding an article never changes another fact's id.
 * A readable prefix (measure and place) is followed by a short hash.
 */
export function factId(m: FactMeaning): string {
  const parts = [m.kind, m.measure, m.place ?? '', m.period?.start ?? '', m.period?.end ?? '', m.unit, String(m.value)];
  const key = (m.scope && m.scope !== 'place' ? [...parts, m.scope] : parts).join('|');
  const hash = digest('sha256', key).slice(0, 8);
  const slug = `${m.measure}-${m.place ?? 'unplaced'}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${hash}`;
}
