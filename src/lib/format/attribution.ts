/**
 * Who reported a figure and when: `Xinjiang Daily, July 2022`. The product
 * never states a figure as its own; every figure carries this.
 */
import type { Source } from '../../schema.ts';
import { monthName } from './format-date.ts';


/** `2022-07-26` → `July 2022`: the month is enough to place a report in time. */
export function publishedMonth(published: string): string {
  const [y, m] = published.split('-').map(Number);
  return `${monthName(m ?? 1)} ${y}`;
}

/** One source's credit: publisher and month. */
export function credit(source: Pick<Source, 'publisher' | 'published'>): string {
  return `${source.publisher}, ${publishedMonth(source.published)}`;
}

/** Credits for several sources, oldest report first, each source once: `A, July 2022; B, November 2023`. */
export function credits(sourceIds: readonly string[], sources: ReadonlyMap<string, Source>): string {
  const known = [...new Set(sourceIds)].map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`attribution: source ${id} is not in facts.json. Fix: run \`npm run extract\``);
    return source;
  });
  return known
    .sort((a, b) => a.published.localeCompare(b.published) || a.publisher.localeCompare(b.publisher))
    .map(credit)
    .join('; ');
}
