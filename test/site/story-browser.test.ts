/**
 * The story in a real browser (Debian's Chromium): on a wide screen,
 * scrolling activates each step's chart in the sticky graphic; on a phone,
 * each step's chart sits after its text, which never covers it; and the
 * keyboard alone reaches every link and control, with the step's chart shown
 * while the focus is in that step.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';

const site = siteBrowser();

async function openStory(width: number): Promise<Page> {
  const page = await site.open('/', { viewport: { width, height: 800 }, reducedMotion: 'reduce' });
  await page.waitForSelector(`.scrolly[data-scrolly="${width >= 960 ? 'on' : 'off'}"]`);
  return page;
}

/** Which step is marked active, which figures the graphic shows, and whether the shown one is on screen. */
function scrollyState(page: Page) {
  return page.evaluate(() => {
    const steps = [...document.querySelectorAll<HTMLElement>('.scrolly-steps .step')];
    const figures = [...document.querySelectorAll<HTMLElement>('.scrolly-graphic .step-figure')];
    const shown = figures.flatMap((f, i) => (f.hidden ? [] : [i]));
    // The drawing CSS shows at this width: the other of the narrow and wide pair has no box.
    const box = [...(figures[shown[0] ?? -1]?.querySelectorAll('svg') ?? [])].map((s) => s.getBoundingClientRect()).find((r) => r.width > 0);
    return {
      active: steps.flatMap((s, i) => (s.hasAttribute('data-active') ? [i] : [])),
      shown,
      chart: figures[shown[0] ?? -1]?.querySelector<HTMLElement>('figure')?.dataset.chart,
      onScreen: box !== undefined && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
  });
}

/** Waits until the page stops scrolling: a wheel turn may scroll smoothly over several frames. */
async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let last = NaN;
    for (let i = 0; i < 120 && window.scrollY !== last; i += 1) {
      last = window.scrollY;
      await frame();
      await frame();
    }
  });
}

describe('the story on a phone, 375 px', () => {
  it('shows each step\'s chart after its text, which never covers it, and again after the window widens and narrows', async () => {
    const page = await openStory(375);
    const layout = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.scrolly-steps .step')].map((step) => {
      const text = step.querySelector('.step-text')!.getBoundingClientRect();
      const svg = [...step.querySelectorAll('.step-figure svg')].map((s) => s.getBoundingClientRect()).find((r) => r.width > 0);
      return { shown: svg !== undefined, below: svg !== undefined && svg.top >= text.bottom, width: svg?.width ?? 0 };
    }));
    const inline = await layout();
    expect(inline.length).toBeGreaterThan(3);
    for (const step of inline) expect(step).toMatchObject({ shown: true, below: true });
    // Drawn for the width it is shown at: the narrow drawing, not a wide one shrunk.
    for (const step of inline) expect(step.width).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForSelector('.scrolly[data-scrolly="on"]');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForSelector('.scrolly[data-scrolly="off"]');
    expect(await layout()).toEqual(inline);
    await page.context().close();
  });
});

describe('the story on a wide screen, 1280 px', () => {
  const width = 1280;
  it('activates each step\'s chart as the reader scrolls down and back up', async () => {
    const page = await openStory(width);
    const charts = await page.locator('.scrolly-steps .step').evaluateAll((steps) => steps.map((s) => (s as HTMLElement).dataset.stepChart));
    expect(charts.length).toBeGreaterThan(3);
    const order = [...charts.keys(), ...[...charts.keys()].reverse()];
    for (const i of order) {
      // Real scrolling with the mouse wheel until the step's top is 150–350 px down an 800 px screen,
      // so the step crosses the middle, where the scrolly script's trigger line is.
      await page.mouse.move(width / 2, 400);
      for (let guard = 0; guard < 60; guard += 1) {
        const top = await page.locator('.scrolly-steps .step').nth(i).evaluate((s) => s.getBoundingClientRect().top);
        const delta = top - 250;
        if (Math.abs(delta) < 100) break;
        await page.mouse.wheel(0, Math.sign(delta) * Math.min(Math.abs(delta), 400));
        await scrollSettled(page);
      }
      await expect.poll(() => scrollyState(page), { timeout: 5_000 }).toEqual({ active: [i], shown: [i], chart: charts[i], onScreen: true });
    }
    await page.context().close();
  });
});

describe.each([375, 1280])('the story at %i px', (width) => {
  it('reaches every link and control with Tab alone, showing each step\'s chart while its step has focus', async () => {
    const page = await openStory(width);
    // Open every disclosure so what it holds is in the tab order too.
    await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
    const expected = await page.evaluate(() => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, textarea, input, select, [tabindex]:not([tabindex="-1"])')]
        // The graphic hides every figure but the active one; what they hold must still be reachable, step by step.
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) || el.closest('.scrolly-graphic .step-figure[hidden]'));
      focusable.forEach((el, i) => { el.dataset.kbd = String(i); });
      return focusable.length;
    });
    expect(expected).toBeGreaterThan(50);
    const reached = new Set<string>();
    const problems: string[] = [];
    for (let press = 0; press < expected + 20; press += 1) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const step = el.closest<HTMLElement>('.scrolly-steps .step');
        const steps = [...document.querySelectorAll('.scrolly-steps .step')];
        const figures = [...document.querySelectorAll<HTMLElement>('.scrolly-graphic .step-figure')];
        const style = getComputedStyle(el);
        return {
          kbd: el.dataset.kbd ?? `unexpected ${el.outerHTML.slice(0, 80)}`,
          step: step ? steps.indexOf(step) : -1,
          shown: figures.findIndex((f) => !f.hidden),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        };
      });
      if (!at) break;
      reached.add(at.kbd);
      if (!at.outline) problems.push(`no focus outline on ${at.kbd}`);
      // On a phone there is no graphic: every step shows its own chart inline.
      if (width >= 960 && at.step >= 0 && at.shown !== at.step) problems.push(`focus in step ${at.step} but the graphic shows ${at.shown}`);
    }
    const missed = await page.evaluate((seen) => [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
      .filter((el) => !seen.includes(el.dataset.kbd!)).map((el) => el.outerHTML.slice(0, 120)), [...reached]);
    expect(missed).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
