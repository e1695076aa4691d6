/** The HTML pages in `dist/`, as the site paths a browser asks for. */
import { htmlPages } from '../../src/lib/quality/dist-pages.ts';

/** Every built page's path, `/`, `/facts/`, `/embed/timeline/` …, sorted. */
export function distPages(): string[] {
  const pages = htmlPages('dist').map((file) => `/${file.replace(/index\.html$/, '')}`);
  if (!pages.includes('/')) throw new Error('dist/index.html not found. Fix: run `npm run build` first');
  return pages;
}
