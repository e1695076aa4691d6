/**
 * Screenshots the built story in headless Chromium at phone and desktop
 * widths, one image per step (and the whole page without JavaScript, in the
 * dark theme), and checks what a reader would notice: the page never scrolls
 * sideways, chart labels never overlap, chart text is large enough to read,
 * and without JavaScript every step still shows its chart. Exits non-zero, listing the problems, if not.
 *
 * Usage: npm run build && npm run screenshot [-- --out <dir>]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveDist } from './browser/launch.ts';
import { MIN_TEXT_PX, illegible, overlaps, type TextBox } from './browser/layout-checks.ts';

const WIDTHS = [375, 1280];

interface ChartText extends TextBox { chart: string; fontPx: number; outside: boolean }

/** Every text of every visible chart, with its rendered box and font size. */
async function chartTexts(page: Page): Promise<ChartText[]> {
  return page.$$eval('figure.chart', (figures) => figures.flatMap((figure) => {
    const svg = figure.querySelector('svg');
    if (!svg || svg.getBoundingClientRect().width === 0) return [];
    const frame = svg.getBoundingClientRect();
    const scale = frame.width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      const outside = r.left < frame.left - 1 || r.right > frame.right + 1;
      return { chart: figure.getAttribute('data-chart') ?? '?', text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height, fontPx: size, outside };
    });
  }));
}

async function checkWidth(page: Page, url: string, width: number, out: string): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize({ width, height: width < 600 ? 740 : 900 });
  // No fade-in, so each screenshot shows the chart as it settles, not half-faded.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  const steps = await page.locator('.step').count();
  for (let i = 0; i < steps; i += 1) {
    await page.locator('.step').nth(i).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 0.15));
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(out, `story-${width}-step-${String(i + 1).padStart(2, '0')}.png`) });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (scrollWidth > 0) problems.push(`${width}px step ${i + 1}: page scrolls sideways by ${scrollWidth}px`);
    const texts = await chartTexts(page);
    for (const chart of new Set(texts.map((t) => t.chart))) {
      const own = texts.filter((t) => t.chart === chart);
      for (const t of own.filter((x) => x.outside)) problems.push(`${width}px ${chart}: "${t.text}" runs outside the chart`);
      for (const [a, b] of overlaps(own)) problems.push(`${width}px ${chart}: "${a.text}" overlaps "${b.text}"`);
      for (const t of illegible(own, (box) => (box as ChartText).fontPx)) problems.push(`${width}px ${chart}: "${t.text}" renders at ${(t as ChartText).fontPx.toFixed(1)}px (< ${MIN_TEXT_PX}px)`);
    }
  }
  await page.screenshot({ path: join(out, `story-${width}-full.png`), fullPage: true });
  return [...new Set(problems)];
}

/** Without JavaScript every step must show its own chart, and the page must still fit the width. */
async function checkWithoutScript(browser: Browser, url: string, width: number, out: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(url);
  await page.screenshot({ path: join(out, `story-${width}-no-js-dark.png`), fullPage: true });
  const problems: string[] = [];
  const steps = await page.locator('.step').count();
  for (let i = 0; i < steps; i += 1) {
    await page.locator('.step').nth(i).screenshot({ path: join(out, `story-${width}-no-js-dark-step-${String(i + 1).padStart(2, '0')}.png`) });
  }
  const shown = await page.$$eval('.step .step-figure svg', (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).length);
  if (shown !== steps) problems.push(`${width}px without JavaScript: ${shown} of ${steps} steps show their chart`);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (scrollWidth > 0) problems.push(`${width}px without JavaScript: page scrolls sideways by ${scrollWidth}px`);
  await context.close();
  return problems;
}

async function main(): Promise<void> {
  const outFlag = process.argv.indexOf('--out');
  const out = outFlag > 0 ? process.argv[outFlag + 1]! : '.screenshots';
  mkdirSync(out, { recursive: true });
  const server = await serveDist(4329);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const width of WIDTHS) problems.push(...await checkWidth(page, server.url, width, out));
    for (const width of WIDTHS) problems.push(...await checkWithoutScript(browser, server.url, width, out));
    console.log(`Screenshots in ${out}/ at ${WIDTHS.join(' and ')} px.`);
    if (problems.length) {
      console.error(`${problems.length} layout problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log('No sideways scroll, no chart text overlapping or outside its chart, all chart text at least 9 px, every step charted without JavaScript.');
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
