import { describe, expect, it } from 'vitest';
import { formatFailingAudits, formatLighthouseTable, formatVerdict, runFromResult, summarise, type LhrLike, type LighthouseRun } from '../scripts/bench/lighthouse-table.ts';

const none = { performance: [], accessibility: [], 'best-practices': [], seo: [] };

function run(performance: number | null, seo: number, lcpMs: number, failing: Partial<LighthouseRun['failing']> = {}): LighthouseRun {
  return { scores: { performance, accessibility: 100, 'best-practices': 100, seo }, lcpMs, cls: 0.01, tbtMs: 20, failing: { ...none, ...failing } };
}

const crawl = { id: 'is-crawlable', title: 'Page is blocked from indexing', weight: 4 };
const cls = { id: 'cumulative-layout-shift', title: 'Cumulative Layout Shift', displayValue: '0.41', weight: 25 };

describe('summarise', () => {
  it('takes the median score and metrics over runs, ignoring runs Lighthouse could not score', () => {
    const row = summarise('/', [run(90, 100, 3000), run(100, 100, 1000), run(95, 100, 2000), run(null, 100, 1500)]);
    expect(row.scores.performance).toBe(95);
    expect(row.lcpMs).toBe(1750);
    expect(row.runs).toBe(4);
  });

  it('keeps the half of an even-count median and reports n/a when no run scored', () => {
    expect(summarise('/', [run(98, 100, 1), run(99, 100, 1)]).scores.performance).toBe(98.5);
    expect(summarise('/', [run(null, 100, 1)]).scores.performance).toBeNull();
  });

  it('unions failing audits over runs, counts the runs they failed in and puts the heaviest first', () => {
    const row = summarise('/', [run(80, 100, 1, { performance: [{ id: 'layout-shifts', title: 'Avoid large layout shifts', weight: 0 }, cls] }), run(90, 100, 1, { performance: [{ ...cls, displayValue: '0.40' }] })]);
    expect(row.failing.performance.map((a) => [a.id, a.runsFailed, a.displayValue])).toEqual([
      ['cumulative-layout-shift', 2, '0.40'],
      ['layout-shifts', 1, undefined],
    ]);
  });
});

describe('runFromResult', () => {
  it('turns category scores into 0–100 and keeps only audits with a verdict below 1', () => {
    const lhr: LhrLike = {
      categories: {
        performance: { score: 0.817, auditRefs: [{ id: 'cumulative-layout-shift', weight: 25 }, { id: 'largest-contentful-paint', weight: 25 }] },
        accessibility: { score: 1, auditRefs: [{ id: 'manual-check', weight: 0 }] },
        'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
        seo: { score: null, auditRefs: [] },
      },
      audits: {
        'cumulative-layout-shift': { title: 'Cumulative Layout Shift', score: 0.24, scoreDisplayMode: 'numeric', displayValue: '0.408', numericValue: 0.408 },
        'largest-contentful-paint': { title: 'LCP', score: 1, scoreDisplayMode: 'numeric', numericValue: 1234 },
        'manual-check': { title: 'Manual', score: null, scoreDisplayMode: 'manual' },
        'errors-in-console': {
          title: 'Browser errors were logged to the console',
          score: 0,
          scoreDisplayMode: 'binary',
          details: { type: 'table', items: [{ description: 'Failed to load resource: 404', sourceLocation: { url: 'http://127.0.0.1:4321/favicon.ico' } }] },
        },
      },
    };
    const result = runFromResult(lhr);
    expect(result.scores).toEqual({ performance: 82, accessibility: 100, 'best-practices': 96, seo: null });
    expect(result.lcpMs).toBe(1234);
    expect(result.failing.performance.map((a) => a.id)).toEqual(['cumulative-layout-shift']);
    expect(result.failing.accessibility).toEqual([]);
    expect(result.failing['best-practices'][0]?.detail).toBe('Failed to load resource: 404 /favicon.ico');
  });
});

describe('formatting', () => {
  const rows = [summarise('/', [run(99, 100, 2345, { performance: [cls] })]), summarise('/embed/map/', [run(100, 66, 900, { seo: [crawl] })])];

  it('prints one markdown row per page with scores, LCP in seconds, CLS and TBT', () => {
    expect(formatLighthouseTable(rows)).toEqual([
      '| page | performance | accessibility | best practices | SEO | LCP s | CLS | TBT ms |',
      '|---|--:|--:|--:|--:|--:|--:|--:|',
      '| / | 99 | 100 | 100 | 100 | 2.35 | 0.010 | 20 |',
      '| /embed/map/ | 100 | 100 | 100 | 66 | 0.90 | 0.010 | 20 |',
    ]);
  });

  it('lists failing audits only for categories below 100 and marks the noindex one as by design', () => {
    expect(formatFailingAudits(rows)).toEqual([
      '- / performance 99:',
      '  - `cumulative-layout-shift` Cumulative Layout Shift — 0.41',
      '- /embed/map/ SEO 66:',
      '  - `is-crawlable` Page is blocked from indexing — by design: embed pages are iframes and carry `<meta name="robots" content="noindex">`',
    ]);
  });

  it('sums up against the target, counting by-design shortfalls apart', () => {
    expect(formatVerdict(rows)).toBe('Target 100 missed by 1: / performance; 1 below 100 only by design.');
    expect(formatVerdict(rows.slice(1))).toBe('Target 100 met everywhere; 1 below 100 only by design.');
    const mixed = summarise('/embed/x/', [run(100, 58, 1, { seo: [crawl, { id: 'link-text', title: 'Links do not have descriptive text', weight: 1 }] })]);
    expect(formatVerdict([mixed])).toBe('Target 100 missed by 1: /embed/x/ SEO.');
  });
});
