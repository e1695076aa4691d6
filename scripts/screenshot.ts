/**
 * Screenshots the built story in headless Chromium, every step at phone and
 * desktop widths in the light and the dark theme, and every embed at 320 px;
 * then the whole page without JavaScript. It checks what a reader would
 * notice: the page never scrolls sideways, chart labels never overlap or run
 * outside their chart, chart text is large enough to read (`MIN_TEXT_PX`),
 * and without JavaScript every step still shows its chart. Exits non-zero,
 * listing the problems, if not. The site's browser tests run the same checks.
 *
 * Usage: npm run build && npm run screenshot [-- --out <dir>]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CHART_IDS } from '../src/lib/charts/registry.ts';
import { chartProblems, chartTexts } from './browser/chart-checks.ts';
import { launchChromium, serveDist } from './browser/launch.ts';
import { MIN_TEXT_PX } from './browser/layout-checks.ts';

const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;
const EMBED_WIDTH = 320;

async function checkStory(browser: Browser, url: string, width: number, scheme: 'light' | 'dark', out: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(url);
  const problems: string[] = [];
  const steps = await page.locator('.step').count();
  for (let i = 0; i < steps; i += 1) {
    await page.locator('.step').nth(i).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 0.15));
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(out, `story-${width}-${scheme}-step-${String(i + 1).padStart(2, '0')}.png`) });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (scrollWidth > 0) problems.push(`${width}px step ${i + 1}: page scrolls sideways by ${scrollWidth}px`);
    problems.push(...chartProblems(await chartTexts(page), `${width}px`, MIN_TEXT_PX.page));
  }
  await page.screenshot({ path: join(out, `story-${width}-${scheme}-full.png`), fullPage: true });
  await context.close();
  return problems;
}

async function checkEmbeds(browser: Browser, url: string, scheme: 'light' | 'dark', out: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: EMBED_WIDTH, height: 700 }, colorScheme: scheme });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const id of CHART_IDS) {
    await page.goto(`${url}embed/${id}/`);
    await page.screenshot({ path: join(out, `embed-${EMBED_WIDTH}-${scheme}-${id}.png`), fullPage: true });
    problems.push(...chartProblems(await chartTexts(page), `embed ${EMBED_WIDTH}px`, MIN_TEXT_PX.embed));
  }
  await context.close();
  return problems;
}

/** Without JavaScript every step must show its own chart, and the page must still fit the width. */
async function checkWithoutScript(browser: Browser, url: string, width: number, out: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(url);
  await page.screenshot({ path: join(out, `story-${width}-no-js-dark.png`), fullPage: true });
  const problems: string[] = [];
  const steps = await page.locator('.step').count();
  const shown = await page.$$eval('.step .step-figure svg', (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).length);
  if (shown !== steps) problems.push(`${width}px without JavaScript: ${shown} of ${steps} steps show their chart`);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (scrollWidth > 0) problems.push(`${width}px without JavaScript: page scrolls sideways by ${scrollWidth}px`);
  problems.push(...chartProblems(await chartTexts(page), `${width}px without JavaScript`, MIN_TEXT_PX.page));
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
    const problems: string[] = [];
    for (const width of WIDTHS) for (const scheme of SCHEMES) problems.push(...await checkStory(browser, server.url, width, scheme, out));
    for (const scheme of SCHEMES) problems.push(...await checkEmbeds(browser, server.url, scheme, out));
    for (const width of WIDTHS) problems.push(...await checkWithoutScript(browser, server.url, width, out));
    const unique = [...new Set(problems)];
    console.log(`Screenshots in ${out}/: every step at ${WIDTHS.join(' and ')} px and every embed at ${EMBED_WIDTH} px, light and dark.`);
    if (unique.length) {
      console.error(`${unique.length} layout problem(s):\n${unique.map((p) => `  - ${p}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log(`No sideways scroll, no chart text overlapping or outside its chart, chart text at least ${MIN_TEXT_PX.page} px on the page and ${MIN_TEXT_PX.embed} px in a ${EMBED_WIDTH} px embed, every step charted without JavaScript.`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
