/**
 * The page-weight part of `npm run bench`: every built page's gzip weight by
 * kind of file against its budget (src/lib/quality/budgets.ts), and the
 * layout-shift check. Reads dist/; asserts nothing.
 * Runs alone too: `node scripts/bench/bench-budgets.ts` after `npm run build`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { budgetFor, budgetProblems, kb, scriptBytes } from '../../src/lib/quality/budgets.ts';
import { htmlPages } from '../../src/lib/quality/dist-pages.ts';
import { distLayoutShiftProblems, formatLayoutShiftProblem } from '../../src/lib/quality/layout-shift.ts';
import { pageWeight } from '../../src/lib/quality/page-weight.ts';

/** What {@link runBudgetBench} needs. */
export interface BudgetBenchOptions {
  /** Project root holding `dist/`. */
  root: string;
  log: (line: string) => void;
}

/** Prints one markdown table row per built page, then the layout-shift result. */
export async function runBudgetBench({ root, log }: BudgetBenchOptions): Promise<void> {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) {
    log(`Page budgets: no build in ${dist}; run \`npm run build\` first to measure them.`);
    return;
  }
  const pages = htmlPages(dist);
  log(`Page budgets: ${pages.length} pages in dist/, KB gzipped (zlib default level); inline SVG and inline scripts are counted within HTML.`);
  log('');
  log('| page | HTML KB gz | CSS | JS | images | inline SVG | total | budget | within? |');
  log('|---|--:|--:|--:|--:|--:|--:|--:|---|');
  const notes: string[] = [];
  for (const page of pages) {
    const weight = pageWeight(dist, page);
    // jsdom frees a closed window only once the event loop turns: thousands of pages in one synchronous loop run out of memory.
    await new Promise((resolve) => setImmediate(resolve));
    const budget = budgetFor(page);
    const within = budgetProblems(weight, budget).length === 0;
    const limit = `${kb(budget.totalBytes)}${budget.jsBytes === undefined ? '' : ` (JS ${kb(budget.jsBytes)})`}`;
    log(`| ${page} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.images)} | ${kb(weight.svgInline)} | ${kb(weight.total)} | ${limit} | ${within ? 'yes' : 'NO'} |`);
    if (weight.scriptInline) notes.push(`${page}: ${kb(weight.scriptInline)} KB of inline scripts, held to the JS budget (${kb(scriptBytes(weight))} KB in all).`);
    for (const m of weight.missing) notes.push(`${page}: ${m.from} references ${m.url}, which is not in dist/; its weight is not counted.`);
  }
  log('');
  for (const note of notes) log(note);
  const problems = distLayoutShiftProblems(dist);
  log(problems.length === 0
    ? `Layout shift: every <svg>, <img> and <iframe> in ${pages.length} pages has its size in the markup.`
    : `Layout shift: ${problems.length} element(s) without their size in the markup:`);
  for (const problem of problems) log(`- ${formatLayoutShiftProblem(problem)}`);
}

if (import.meta.main) await runBudgetBench({ root: process.cwd(), log: console.log });
