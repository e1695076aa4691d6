const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-02-29` → `29 February 2024`; `2023-11` → `November 2023`. */
export function formatPublished(published: string): string {
  const [y, m, d] = published.split('-').map(Number);
  const month = MONTHS[(m ?? 1) - 1];
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}
