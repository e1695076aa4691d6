/** Month names from the platform's locale data (Intl), in English, so no module keeps its own list. */
const LONG = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** `7` → `July`; `short` gives `Jul`. */
export function monthName(month: number, style: 'long' | 'short' = 'long'): string {
  return (style === 'long' ? LONG : SHORT).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** `2024-02-29` → `29 February 2024`; `2023-11` → `November 2023`. */
export function formatPublished(published: string): string {
  const [y, m, d] = published.split('-').map(Number);
  const month = monthName(m ?? 1);
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}
