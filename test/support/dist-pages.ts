/** The HTML pages in `dist/`, as the site paths a browser asks for. */
import { statSync } from 'node:fs';
import { htmlPages } from '../../src/lib/quality/dist-pages.ts';

/** Every built page's path, `/`, `/facts/`, `/embed/timeline/` …, sorted. */
export function distPages(): string[] {
  const pages = htmlPages('dist').map((file) => `/${file.replace(/index\.html$/, '')}`);
  if (!pages.includes('/')) throw new Error('dist/index.html not found. Fix: run `npm run build` first');
  return pages;
}

/** `/facts/place/<id>/…` and `/facts/kind/<kind>/…`: one template each, a page per filter. */
const FILTER_PAGE_RE = /^\/facts\/(place|kind)\/[^/]+\/(?:\d+\/)?$/;

/**
 * Every built page, but of the filter pages (one template, one page per
 * place and kind, dozens of them) only the heaviest and the lightest of each
 * template: the browser suites that run each page in several settings stay
 * within CI's time, and the template is still checked at both extremes.
 */
export function distPagesSampled(): string[] {
  const pages = distPages();
  const kept = pages.filter((p) => !FILTER_PAGE_RE.test(p));
  for (const by of ['place', 'kind']) {
    const filters = pages.filter((p) => FILTER_PAGE_RE.test(p) && p.startsWith(`/facts/${by}/`)).map((p) => ({ p, size: statSync(`dist${p}index.html`).size })).sort((a, b) => a.size - b.size);
    if (filters.length) kept.push(...new Set([filters[0]!.p, filters.at(-1)!.p]));
  }
  return kept.sort();
}
