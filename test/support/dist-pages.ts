/** The HTML pages in `dist/`, as the site paths a browser asks for. */
import { globSync } from 'node:fs';

/** Every built page's path, `/`, `/facts/`, `/embed/timeline/` …, sorted. */
export function distPages(): string[] {
  const pages = globSync('dist/**/index.html').map((file) => file.replace(/^dist/, '').replace(/index\.html$/, '')).sort();
  if (!pages.includes('/')) throw new Error('dist/index.html not found. Fix: run `npm run build` first');
  return pages;
}
