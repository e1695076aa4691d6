/**
 * Every built page in a real browser (Debian's Chromium): it loads with no
 * console error, no failed request and no Content-Security-Policy violation,
 * and with JavaScript off every chart on it still shows.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distPagesSampled } from '../support/dist-pages.ts';
import { SITE, siteBrowser } from '../support/site-browser.ts';

// The filter pages share one template: the heaviest and lightest of each stand for the rest (`distPagesSampled`).
const PAGES = distPagesSampled();
const site = siteBrowser();

/** Scrolls to the bottom step by step, so lazy iframes and anything below the fold load too. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    }
  });
  await page.waitForLoadState('networkidle');
}

describe.each([375, 1280])('every page at %i px', (width) => {
  it.each(PAGES)('%s loads with no console error, failed request or CSP violation', async (path) => {
    const context = await site.context({ viewport: { width, height: 800 } });
    const problems: string[] = [];
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    context.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    context.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
    await page.goto(`${SITE}${path}`, { waitUntil: 'networkidle' });
    await scrollThrough(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('with JavaScript off', () => {
  const charted = PAGES.filter((p) => p === '/' || /^\/embed\/[^/]+\/$/.test(p));

  it.each(charted)('%s shows every chart', async (path) => {
    const page = await site.open(path, { javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const context = page.context();
    const charts = await page.locator('figure.chart').evaluateAll((figures) => figures.map((figure) => {
      const svgs = [...figure.querySelectorAll('svg')].filter((svg) => svg.checkVisibility());
      const box = svgs[0]?.getBoundingClientRect();
      return { chart: (figure as HTMLElement).dataset.chart, visible: figure.checkVisibility(), svgs: svgs.length, width: box?.width ?? 0, height: box?.height ?? 0 };
    }));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart, `${path} ${chart.chart}`).toMatchObject({ visible: true, svgs: 1 });
      expect(chart.width, `${path} ${chart.chart}`).toBeGreaterThan(300);
      expect(chart.height, `${path} ${chart.chart}`).toBeGreaterThan(50);
    }
    await context.close();
  });
});
