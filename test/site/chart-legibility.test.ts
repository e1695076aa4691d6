/**
 * Chart text a reader can read, in a real browser (Debian's Chromium): on a
 * 375 px phone every chart in the story renders its text at 12 px or more
 * with no two labels overlapping and none outside its chart; in a 320 px
 * embed, at 11 px or more, likewise; and at 1280 px the same on the page.
 * These are the checks `npm run screenshot` reports (`scripts/browser/chart-checks.ts`).
 */
import { describe, expect, it } from 'vitest';
import { chartProblems, chartTexts } from '../../scripts/browser/chart-checks.ts';
import { MIN_TEXT_PX } from '../../scripts/browser/layout-checks.ts';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import { siteBrowser } from '../support/site-browser.ts';

const site = siteBrowser();

describe.each([375, 1280])('the story at %i px', (width) => {
  it.each(['light', 'dark'] as const)('in the %s theme, draws every chart legibly: big enough, no overlaps, nothing outside', async (scheme) => {
    const page = await site.open('/', { viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
    await page.waitForSelector('.scrolly[data-scrolly]');
    const problems: string[] = [];
    const steps = await page.locator('.step').count();
    let measured = 0;
    for (let i = 0; i < steps; i += 1) {
      await page.locator('.step').nth(i).scrollIntoViewIfNeeded();
      await page.locator('.step').nth(i).focus();
      const texts = await chartTexts(page);
      measured += texts.length;
      problems.push(...chartProblems(texts, `step ${i + 1}`, MIN_TEXT_PX.page));
    }
    expect(measured).toBeGreaterThan(steps * 5);
    expect([...new Set(problems)]).toEqual([]);
    await page.context().close();
  });
});

describe('embeds at 320 px', () => {
  it.each(CHART_IDS)('%s renders its text at 11 px or more, with no overlaps', async (id) => {
    const page = await site.open(`/embed/${id}/`, { viewport: { width: 320, height: 700 } });
    const texts = await chartTexts(page);
    expect(texts.length).toBeGreaterThan(3);
    expect(chartProblems(texts, `embed ${id}`, MIN_TEXT_PX.embed)).toEqual([]);
    await page.context().close();
  });
});
