/**
 * Performance budgets on the built site: every HTML page in dist/ within its
 * gzip budget (src/lib/quality/budgets.ts), every asset it references
 * present, and no element that would shift the layout while it loads.
 */
import { describe, expect, it } from 'vitest';
import { budgetFor, budgetKind, budgetProblems, kb } from '../../src/lib/quality/budgets.ts';
import { htmlPages } from '../../src/lib/quality/dist-pages.ts';
import { distLayoutShiftProblems, formatLayoutShiftProblem } from '../../src/lib/quality/layout-shift.ts';
import { pageWeight } from '../../src/lib/quality/page-weight.ts';

const DIST = 'dist';
// The global setup has built dist/ before this module is collected.
const pages = htmlPages(DIST);

describe('page budgets', () => {
  it('cover pages of every kind: the story, embed pages and the others', () => {
    const kinds = new Set(pages.map(budgetKind));
    expect([...kinds].sort()).toEqual(['embed', 'page', 'story']);
  });

  it.each(pages)('%s is within its budget, and every file it references was built', (page) => {
    const weight = pageWeight(DIST, page);
    const budget = budgetFor(page);
    expect(budgetProblems(weight, budget), `${page}: ${kb(weight.total)} KB of ${kb(budget.totalBytes)} KB`).toEqual([]);
    expect(weight.missing, `${page} references files that are not in dist/`).toEqual([]);
  });

  it('weigh the story with its scripts, stylesheets and inline charts (so a broken asset finder cannot pass)', () => {
    const weight = pageWeight(DIST, 'index.html');
    const kinds = weight.files.map((f) => f.kind);
    expect(kinds.filter((k) => k === 'js').length, 'script files found for index.html').toBeGreaterThanOrEqual(1);
    expect(kinds.filter((k) => k === 'css').length, 'stylesheets found for index.html').toBeGreaterThanOrEqual(1);
    expect(weight.js).toBeGreaterThan(0);
    expect(weight.css).toBeGreaterThan(0);
    expect(weight.svgInline).toBeGreaterThan(0);
  });

  it('leave out the documents of the previewer\'s iframes, which are budgeted as embed pages', () => {
    for (const page of pages.filter((p) => budgetKind(p) !== 'embed')) {
      const documents = pageWeight(DIST, page).files.filter((f) => f.kind === 'html').map((f) => f.file);
      expect(documents, page).toEqual([page]);
    }
  });
});

describe('layout shift', () => {
  it('is ruled out: every <svg>, <img> and <iframe> in every page has its size in the markup', () => {
    expect(distLayoutShiftProblems(DIST).map(formatLayoutShiftProblem)).toEqual([]);
  });
});
