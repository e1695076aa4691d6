import type { Evidence } from '../../schema.ts';

/** Splits a quote into the text before the figure, the figure, and the text after, for highlighting. */
export function quoteParts(e: Evidence): { before: string; figure: string; after: string } {
  const from = e.start - e.quoteStart;
  const to = e.end - e.quoteStart;
  return { before: e.quote.slice(0, from), figure: e.quote.slice(from, to), after: e.quote.slice(to) };
}
