/**
 * The pure half of the Lighthouse bench: what one Lighthouse result says
 * about a page, the median over runs, and the markdown the bench prints.
 * Kept apart from the browser so it can be tested without one.
 */
import { median } from './measure.ts';

/** The Lighthouse categories the bench scores, in table order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const HEADINGS: Record<Category, string> = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };

/**
 * Audits that fail on purpose, by audit id, with the reason printed next to them.
 * Embed pages are meant to live in iframes on other sites, so they ask not to be indexed.
 */
export const BY_DESIGN: Readonly<Record<string, string>> = {
  'is-crawlable': 'by design: embed pages are iframes and carry `<meta name="robots" content="noindex">`',
};

/** An audit scoring below 1 in a category. */
export interface FailingAudit {
  id: string;
  title: string;
  displayValue?: string;
  /** The first item of the audit's details (an error message, element or URL), to say where to look. */
  detail?: string;
  /** The audit's weight in its category; 0 means it does not move the score. */
  weight: number;
}

/** What the bench keeps of one Lighthouse run on one page. Scores are 0–100, null when Lighthouse could not score. */
export interface LighthouseRun {
  scores: Record<Category, number | null>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  failing: Record<Category, FailingAudit[]>;
}

/** One page's medians over its runs, and the audits that failed in any of them. */
export interface LighthouseRow {
  /** Path on the site, e.g. `/facts/`. */
  page: string;
  runs: number;
  scores: Record<Category, number | null>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Failing audits per category; `runsFailed` counts the runs in which each failed. */
  failing: Record<Category, (FailingAudit & { runsFailed: number })[]>;
}

/** The parts of a Lighthouse result (LH.Result) the bench reads. */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number; details?: unknown }>;
}

type Item = Record<string, unknown>;
const isItem = (x: unknown): x is Item => typeof x === 'object' && x !== null;

/** The bench serves the site on a random local port; URLs print as site paths so runs compare. */
const sitePath = (url: string): string => url.replace(/^https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?/, '');

/** A short pointer from an audit's details: its first table row's message, element and URL. */
function firstDetail(details: unknown): string | undefined {
  if (!isItem(details) || !Array.isArray(details.items)) return undefined;
  // Insights wrap their table in a list; look one level down. Typed items (list sections, trees) are prose, not pointers.
  const rows = details.items.flatMap((i: unknown) => (isItem(i) && i.type === 'table' && Array.isArray(i.items) ? i.items : [i])).filter((i) => isItem(i) && i.type === undefined) as Item[];
  for (const row of rows) {
    const node = isItem(row.node) && row.node.type === 'node' ? row.node.selector : undefined;
    const url = row.url ?? (isItem(row.sourceLocation) ? row.sourceLocation.url : undefined);
    const parts = [row.description, node, typeof url === 'string' ? sitePath(url) : undefined].filter((p): p is string => typeof p === 'string' && p !== '');
    if (parts.length > 0) return parts.join(' ').slice(0, 160);
  }
  return undefined;
}

/** Scores (0–100), the three metrics and the failing audits of one Lighthouse result. */
export function runFromResult(lhr: LhrLike): LighthouseRun {
  const scores = {} as Record<Category, number | null>;
  const failing = {} as Record<Category, FailingAudit[]>;
  for (const category of CATEGORIES) {
    const c = lhr.categories[category];
    scores[category] = c?.score == null ? null : Math.round(c.score * 100);
    failing[category] = (c?.auditRefs ?? []).flatMap((ref) => {
      const a = lhr.audits[ref.id];
      // Manual, informative and not-applicable audits carry no verdict.
      if (!a || a.score === null || a.score >= 1 || !['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) return [];
      return [{ id: ref.id, title: a.title, displayValue: a.displayValue, detail: firstDetail(a.details), weight: ref.weight }];
    });
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return { scores, lcpMs: metric('largest-contentful-paint'), cls: metric('cumulative-layout-shift'), tbtMs: metric('total-blocking-time'), failing };
}

const medianOrNull = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? median(known) : null;
};

/** Medians of a page's runs; the failing audits are the union over runs, heaviest first. */
export function summarise(page: string, runs: readonly LighthouseRun[]): LighthouseRow {
  const scores = {} as Record<Category, number | null>;
  const failing = {} as LighthouseRow['failing'];
  for (const category of CATEGORIES) {
    scores[category] = medianOrNull(runs.map((r) => r.scores[category]));
    const byId = new Map<string, FailingAudit & { runsFailed: number }>();
    // Later runs overwrite the display value, so the list shows the latest measurement.
    for (const audit of runs.flatMap((r) => r.failing[category])) byId.set(audit.id, { ...audit, runsFailed: (byId.get(audit.id)?.runsFailed ?? 0) + 1 });
    failing[category] = [...byId.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  }
  return { page, runs: runs.length, scores, lcpMs: median(runs.map((r) => r.lcpMs)), cls: median(runs.map((r) => r.cls)), tbtMs: median(runs.map((r) => r.tbtMs)), failing };
}

/** A score as printed: whole numbers stay whole, an even-count median keeps its half. */
export const formatScore = (score: number | null): string => (score === null ? 'n/a' : Number.isInteger(score) ? String(score) : score.toFixed(1));

/** The markdown table: page, the four scores, LCP in seconds, CLS, TBT in milliseconds. */
export function formatLighthouseTable(rows: readonly LighthouseRow[]): string[] {
  return [
    `| page | ${CATEGORIES.map((c) => HEADINGS[c]).join(' | ')} | LCP s | CLS | TBT ms |`,
    `|---|${CATEGORIES.map(() => '--:').join('|')}|--:|--:|--:|`,
    ...rows.map((r) => `| ${r.page} | ${CATEGORIES.map((c) => formatScore(r.scores[c])).join(' | ')} | ${(r.lcpMs / 1000).toFixed(2)} | ${r.cls.toFixed(3)} | ${Math.round(r.tbtMs)} |`),
  ];
}

/** For every page and category below 100, the audits that failed: id, title, value and where to look. */
export function formatFailingAudits(rows: readonly LighthouseRow[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    for (const category of CATEGORIES) {
      const score = row.scores[category];
      if (score !== null && score >= 100) continue;
      lines.push(`- ${row.page} ${HEADINGS[category]} ${formatScore(score)}:`);
      if (row.failing[category].length === 0) lines.push('  - no failing audit reported (see the full Lighthouse report)');
      for (const a of row.failing[category]) {
        const notes = [
          a.displayValue,
          a.weight === 0 ? 'not scored' : undefined,
          a.runsFailed < row.runs ? `failed in ${a.runsFailed}/${row.runs} runs` : undefined,
          BY_DESIGN[a.id],
          a.detail === undefined ? undefined : `at ${a.detail}`,
        ].filter((n) => n !== undefined && n !== '');
        lines.push(`  - \`${a.id}\` ${a.title}${notes.length > 0 ? ` — ${notes.join('; ')}` : ''}`);
      }
    }
  }
  return lines;
}

/**
 * One line against the target of 100 everywhere: which page/category scores
 * fall short for real, and how many only through {@link BY_DESIGN} audits.
 */
export function formatVerdict(rows: readonly LighthouseRow[]): string {
  const real: string[] = [];
  let byDesign = 0;
  for (const row of rows) {
    for (const category of CATEGORIES) {
      const score = row.scores[category];
      if (score !== null && score >= 100) continue;
      if (score !== null && row.failing[category].length > 0 && row.failing[category].every((a) => a.id in BY_DESIGN)) byDesign += 1;
      else real.push(`${row.page} ${HEADINGS[category]}`);
    }
  }
  const design = byDesign > 0 ? `; ${byDesign} below 100 only by design` : '';
  return real.length === 0 ? `Target 100 met everywhere${design}.` : `Target 100 missed by ${real.length}: ${real.join(', ')}${design}.`;
}
