/**
 * A story step talks about what its chart draws. A chart with a row budget
 * (`row-budget.ts`) draws only part of what qualifies, so as articles are
 * added a figure the step cites, or the place it focuses on, can fall out
 * of the chart beside it. That fails the build, naming the file, the line
 * and the fix, instead of showing a chart that does not show what the text
 * says it does.
 */
import type { ChartContext, ChartModule, ChartRow } from '../charts/chart-types.ts';

const STEP_RE = /<Step\b([^>]*)>([\s\S]*?)<\/Step>/g;
const FACT_RE = /<Fact\b[^>]*?\bid="([^"]*)"/g;
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;

/** Whether a row is one a focus names: its fact or event, its measure or one of its places. */
export function rowInFocus(row: ChartRow, focus: string): boolean {
  const placeIds = row.placeIds;
  return row.id === focus || row.measure === focus || (Array.isArray(placeIds) && placeIds.includes(focus));
}

/** One error per step whose budgeted chart leaves out the step's focus or a figure it cites. */
export function stepCoverage(file: string, source: string, charts: readonly ChartModule[], context: ChartContext): string[] {
  return [...source.matchAll(STEP_RE)].flatMap((match) => {
    const [, attrs = '', body = ''] = match;
    const chart = charts.find((c) => c.id === attribute(attrs, 'chart'));
    const pool = chart?.pool?.(context);
    if (!chart || !pool) return [];
    const rows = chart.rows(context);
    const drawn = new Set(rows.map((r) => r.id));
    const line = source.slice(0, match.index).split('\n').length;
    const where = `${file}:${line}: <Step chart="${chart.id}">`;
    const fix = `Fix: cite or focus a figure the chart draws (each place's latest, then the largest), or raise the budget in src/lib/charts/row-budget.ts`;
    const focus = attribute(attrs, 'focus');
    const errors = focus && !rows.some((r) => rowInFocus(r, focus)) ? [`${where}: focus="${focus}" names nothing the chart draws; its row budget draws ${rows.length} of ${pool.total} ${pool.noun}. ${fix}`] : [];
    const cited = [...body.matchAll(FACT_RE)].map((m) => m[1]!).filter((id) => pool.ids.has(id) && !drawn.has(id));
    return [...errors, ...cited.map((id) => `${where}: cites <Fact id="${id}">, which the chart's row budget leaves out. ${fix}`)];
  });
}
