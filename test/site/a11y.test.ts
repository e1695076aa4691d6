/**
 * Accessibility of every built page in a real browser (Debian's Chromium):
 * axe-core finds no violation in the light or the dark theme, with the
 * scripts running and without them, and every chart's text and data marks
 * keep their WCAG contrast, which axe does not check inside SVG.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { JSDOM } from 'jsdom';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { htmlPages } from '../../src/lib/quality/dist-pages.ts';
import { contrastProblems, type PaintedMark } from '../support/contrast.ts';
import { distPagesSampled } from '../support/dist-pages.ts';
import { distFile, routeDist } from '../support/route-dist.ts';

const SITE = 'http://site.test';
// The filter pages share one template: the heaviest and lightest of each stand for the rest (`distPagesSampled`).
const PAGES = distPagesSampled();
const SCHEMES = ['light', 'dark'] as const;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A context per theme and script setting. Without scripts, as a reader with
 * JavaScript off sees the page: no script loads, and the stylesheets' rules
 * for `(scripting: enabled)` do not apply. (A context with JavaScript truly
 * off stops timers, and axe-core cannot finish there.)
 */
async function contextFor(scheme: (typeof SCHEMES)[number], scripts: boolean): Promise<BrowserContext> {
  const key = `${scheme}-${scripts}`;
  if (!contexts.has(key)) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    await routeDist(context, SITE);
    // Registered after routeDist, so these win.
    if (!scripts) {
      await context.route(/\.js(\?|$)/, (route) => route.abort());
      await context.route(/\.css(\?|$)/, (route) => {
        const file = distFile(new URL(route.request().url()).pathname);
        if (!file) return route.fulfill({ status: 404 });
        return route.fulfill({ contentType: 'text/css', body: readFileSync(file, 'utf8').replace(/scripting:\s*enabled/g, 'scripting: none') });
      });
    }
    contexts.set(key, context);
  }
  return contexts.get(key)!;
}

async function open(scheme: (typeof SCHEMES)[number], path: string, scripts = true): Promise<Page> {
  const page = await (await contextFor(scheme, scripts)).newPage();
  await page.goto(`${SITE}${path}`, { waitUntil: 'networkidle' });
  // Open every disclosure, so axe also checks the data tables and share controls inside.
  await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
  return page;
}

/** Every visible chart text and data mark, with the colour, opacity and background it is painted with. */
function paintedMarks(page: Page): Promise<PaintedMark[]> {
  return page.evaluate(() => {
    const background = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const colour = getComputedStyle(e).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const marks: PaintedMark[] = [];
    for (const svg of document.querySelectorAll('.chart-graphic svg')) {
      if (!svg.checkVisibility()) continue;
      for (const el of svg.querySelectorAll('text, rect, circle')) {
        const style = getComputedStyle(el);
        const stroked = style.fill === 'none';
        const colour = stroked ? style.stroke : style.fill;
        const text = el.tagName === 'text';
        // Borders and frames Plot marks aria-hidden are decoration, not graphics a reader needs (WCAG 1.4.11).
        if (colour === 'none' || !el.checkVisibility() || (!text && el.closest('[aria-hidden="true"]'))) continue;
        let opacity = Number(stroked ? style.strokeOpacity : style.fillOpacity);
        for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
        marks.push({ label: `${el.tagName}${text ? ` "${el.textContent?.slice(0, 40)}"` : ''}`, colour, opacity, background: background(svg), text });
      }
    }
    return marks;
  });
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} — ${v.help}`);
}

describe.each(SCHEMES)('the %s theme', (scheme) => {
  it.each(PAGES)('%s: axe finds no violation, and chart marks keep their contrast', async (path) => {
    const page = await open(scheme, path);
    expect(await violations(page)).toEqual([]);
    expect(contrastProblems(await paintedMarks(page))).toEqual([]);
    await page.close();
  });

  it('the story without scripts, every chart shown inline: no violation, contrast kept', async () => {
    const page = await open(scheme, '/', false);
    const marks = await paintedMarks(page);
    const shown = await page.evaluate(() => [document.querySelectorAll('figure.chart').length, [...document.querySelectorAll('.chart-graphic svg')].filter((svg) => svg.checkVisibility()).length]);
    expect(shown[0]).toBeGreaterThan(5);
    expect(shown[1], 'charts visible of all charts').toBe(shown[0]);
    expect(marks.filter((m) => m.text).length).toBeGreaterThan(100);
    expect(await violations(page)).toEqual([]);
    expect(contrastProblems(marks)).toEqual([]);
    await page.close();
  });
});

describe('every chart in dist/', () => {
  const figures = htmlPages('dist').flatMap((file) => {
    const doc = new JSDOM(readFileSync(`dist/${file}`, 'utf8')).window.document;
    return [...doc.querySelectorAll('figure.chart')].map((figure, i) => ({ name: `${file} #${i + 1} ${figure.getAttribute('data-chart')}`, figure }));
  });

  it('is found on the story and the embed pages', () => {
    expect(figures.length).toBeGreaterThan(10);
  });

  it.each(figures)('$name has alt text and a data table with a caption, column headers and row headers', ({ figure }) => {
    const graphic = figure.querySelector('.chart-graphic[role="img"]');
    expect(graphic?.getAttribute('aria-label')?.length).toBeGreaterThan(40);
    const table = figure.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent?.trim()).toBeTruthy();
    const columns = [...table.querySelectorAll('thead th')];
    expect(columns.length).toBeGreaterThan(1);
    for (const th of columns) expect(th.getAttribute('scope')).toBe('col');
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.children.length).toBe(columns.length);
      expect(row.children[0]!.tagName).toBe('TH');
      expect(row.children[0]!.getAttribute('scope')).toBe('row');
    }
  });
});
