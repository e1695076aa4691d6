/**
 * Performance budgets for the built pages, in gzip bytes, and which one a
 * page is held to. CI (`test/site/budgets.test.ts`) and the bench
 * (`scripts/bench/bench-budgets.ts`) both read them from here.
 */
import type { PageWeight } from './page-weight.ts';

/** What a page may weigh, gzipped; `jsBytes` is absent where only the total is budgeted. */
export interface Budget {
  /** HTML (inline SVG included) plus every stylesheet, script, image and font it loads. */
  readonly totalBytes: number;
  /** Scripts alone: script files and inline scripts. */
  readonly jsBytes?: number;
}

/** The kinds of page with a budget of their own. */
export type BudgetKind = 'story' | 'embed' | 'page';

/**
 * The budgets, by kind of page.
 *
 * - `story`: the story page (`index.html`), charts' inline SVG included; the
 *   page a reader lands on over a phone connection.
 * - `embed`: one chart's embed page (`embed/<id>/index.html`), loaded in a
 *   third party's article, where every kilobyte is the host's cost.
 * - `page`: every other page (facts list, sources, embed previewer), held to
 *   the story's budget so no page is heavier than the one it supports.
 */
export const BUDGETS = {
  story: { totalBytes: 150 * 1024, jsBytes: 25 * 1024 },
  embed: { totalBytes: 30 * 1024 },
  page: { totalBytes: 150 * 1024, jsBytes: 25 * 1024 },
} as const satisfies Record<BudgetKind, Budget>;

/** Which budget a page is held to, from its dist-relative path (`index.html`, `embed/x/index.html`). */
export function budgetKind(pagePath: string): BudgetKind {
  const path = pagePath.replaceAll('\\', '/').replace(/^\/+/, '');
  if (path === 'index.html') return 'story';
  // One chart per folder under embed/; embed/index.html itself is the previewer, an ordinary page.
  if (/^embed\/[^/]+\/index\.html$/.test(path)) return 'embed';
  return 'page';
}

/** The budget a page is held to; see {@link budgetKind}. */
export function budgetFor(pagePath: string): Budget {
  return BUDGETS[budgetKind(pagePath)];
}

/** Kilobytes to one decimal, as the reports print them. */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** The gzip bytes held to the JS budget: script files and inline scripts. */
export function scriptBytes(weight: PageWeight): number {
  return weight.js + weight.scriptInline;
}

/**
 * Every way a page breaks its budget, as messages naming the page, the
 * measured and allowed KB and the heaviest files; empty when within budget.
 */
export function budgetProblems(weight: PageWeight, budget: Budget = budgetFor(weight.page)): string[] {
  const heaviest = (kind?: string) => weight.files
    .filter((f) => kind === undefined || f.kind === kind)
    .toSorted((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((f) => `${f.file} ${kb(f.bytes)} KB`)
    .join(', ');
  const problems: string[] = [];
  if (weight.total > budget.totalBytes) {
    problems.push(`${weight.page}: ${kb(weight.total)} KB gzipped in total, over its ${kb(budget.totalBytes)} KB budget. Heaviest: ${heaviest()}. Fix: trim or split what it loads.`);
  }
  const js = scriptBytes(weight);
  if (budget.jsBytes !== undefined && js > budget.jsBytes) {
    problems.push(`${weight.page}: ${kb(js)} KB gzipped of JavaScript, over its ${kb(budget.jsBytes)} KB budget. Heaviest: ${heaviest('js') || 'inline scripts'}. Fix: drop or defer scripts.`);
  }
  return problems;
}
