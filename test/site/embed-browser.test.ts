/**
 * The embed code in a real browser (Debian's Chromium through
 * playwright-core): a host page on another origin embeds two charts with the
 * snippet the previewer publishes, at a phone's and a desktop's width.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { EMBED_PROTOCOL } from '../../src/lib/embed/embed-protocol.ts';
import { routeDist } from '../support/route-dist.ts';

const CHARTS = ['freight-trains', 'locator-map'];
const SITE = 'http://charts.test';
const HOST = 'http://host.test';
const FOREIGN = 'http://foreign.test';

let browser: Browser;

/** The embed code of a chart as /embed/ publishes it, pointed at the test server. */
function snippet(id: string): string {
  const doc = new JSDOM(readFileSync('dist/embed/index.html', 'utf8')).window.document;
  const code = [...doc.querySelectorAll('textarea.embed-code')].map((t) => t.textContent ?? '').find((t) => t.includes(`/embed/${id}/`));
  if (!code) throw new Error(`dist/embed/index.html has no embed code for ${id}`);
  const published = new URL(/src="([^"]+)"/.exec(code)![1]!).origin;
  return code.replaceAll(published, SITE);
}

/** A host article: text, the two embeds, and a record of every message it receives. */
function hostHtml(): string {
  const filler = '<p>Host article text. '.padEnd(400, 'Lorem ipsum dolor sit amet. ') + '</p>';
  return `<!doctype html><html><head><meta name="viewport" content="width=device-width"><style>body{margin:0 auto;max-width:720px;padding:0 12px}</style>
<script>window.seen = []; addEventListener('message', (e) => seen.push(e.origin));</script></head>
<body>${filler}${CHARTS.map((id) => `${snippet(id)}${filler}`).join('')}</body></html>`;
}

/** A page on a third origin that claims to be an embed and reports a bogus height. */
const FOREIGN_HTML = `<!doctype html><script>
  for (const chart of ${JSON.stringify(CHARTS)}) parent.postMessage({ type: ${JSON.stringify(EMBED_PROTOCOL.height)}, chart, height: 77 }, '*');
</script>`;

/** A browser context where the site answers at SITE, and the host and a foreign page at their origins. */
async function sites(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await routeDist(context, SITE);
  await context.route(`${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: hostHtml() }));
  await context.route(`${FOREIGN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: FOREIGN_HTML }));
  return context;
}

async function openHost(width: number): Promise<Page> {
  const page = await (await sites({ viewport: { width, height: 800 } })).newPage();
  await page.goto(`${HOST}/article`);
  return page;
}

/** The iframe's height on the host, and its content's height and scroll height inside it. */
async function measure(page: Page, id: string) {
  const element = page.locator(`iframe[src*="/embed/${id}/"]`);
  await element.scrollIntoViewIfNeeded();
  const frame = page.frame({ url: new RegExp(`/embed/${id}/`) });
  if (!frame) return null;
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
  }));
  return { iframe: (await element.boundingBox())!.height, ...inner };
}

/** Waits until the iframe is exactly as tall as its content. */
async function settled(page: Page, id: string) {
  await expect.poll(async () => {
    const m = await measure(page, id);
    return m !== null && m.iframe === m.content;
  }, { timeout: 15_000 }).toBe(true);
  return (await measure(page, id))!;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each([320, 1000])('two embeds on a host page %i px wide', (width) => {
  it('sizes each iframe to its content height, with no inner scrollbar', async () => {
    const page = await openHost(width);
    for (const id of CHARTS) {
      const m = await settled(page, id);
      expect(m.scroll, `${id}: the embed scrolls inside its iframe`).toBeLessThanOrEqual(m.viewport);
      expect(m.iframe, id).toBeGreaterThan(200);
    }
    await page.context().close();
  });

  it('ignores a height message from a foreign origin', async () => {
    const page = await openHost(width);
    const before = await Promise.all(CHARTS.map((id) => settled(page, id)));
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.id = 'foreign';
      frame.src = src;
      document.body.append(frame);
      window.postMessage({ type: 'xinjiang-ports:embed-height', chart: 'freight-trains', height: 77 }, '*');
    }, `${FOREIGN}/fake-embed`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.includes('http://foreign.test'))).toBe(true);
    await page.waitForTimeout(200);
    for (const [i, id] of CHARTS.entries()) expect((await measure(page, id))!.iframe, id).toBe(before[i]!.iframe);
    // The foreign frame is an iframe on the page too: only the origin check keeps the host from resizing it.
    expect(await page.locator('#foreign').evaluate((el: HTMLIFrameElement) => el.style.height)).toBe('');
    await page.context().close();
  });
});

describe('the embed code where the script cannot run', () => {
  it.each(CHARTS)('shows %s whole at its default height in a 640 px column, with little to spare', async (id) => {
    const context = await sites({ javaScriptEnabled: false, viewport: { width: 664, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${HOST}/article`);
    const m = (await measure(page, id))!;
    expect(m.iframe).toBe(Number(/height="(\d+)"/.exec(snippet(id))![1]));
    expect(m.content).toBeLessThanOrEqual(m.iframe);
    expect(m.iframe / m.content).toBeLessThan(1.2);
    await context.close();
  });
});

describe('the Share / embed control in the story', () => {
  it('copies the embed code, or selects it where the clipboard is out of reach', async () => {
    // localhost is a secure context, so the clipboard API is available there; a plain http origin is not.
    for (const [origin, copies] of [['http://localhost:9753', true], [SITE, false]] as const) {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      await routeDist(context, origin);
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      const share = page.locator('.chart-share').first();
      await share.locator('summary').click();
      await share.locator('button.copy-code').click();
      const code = await share.locator('textarea.embed-code').inputValue();
      await expect.poll(() => share.locator('.copy-status').textContent()).not.toBe('');
      if (copies) expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      else {
        expect(await page.evaluate(() => {
          const active = document.activeElement as HTMLTextAreaElement;
          return active.classList.contains('embed-code') ? active.value.slice(active.selectionStart, active.selectionEnd) : null;
        })).toBe(code);
      }
      await context.close();
    }
  });
});

describe('an embed page on its own', () => {
  it('shows its chart with JavaScript disabled', async () => {
    const context = await sites({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${SITE}/embed/freight-trains/`);
    const box = await page.locator('.chart-graphic svg:visible').boundingBox();
    expect(box!.width).toBeGreaterThan(250);
    expect(box!.height).toBeGreaterThan(100);
    await context.close();
  });

  it.each([
    ['dark', 'light', true],
    ['light', 'dark', false],
  ])('?theme=%s overrides a reader who prefers %s', async (theme, preferred, dark) => {
    const page = await (await sites({ colorScheme: preferred as 'light' | 'dark' })).newPage();
    await page.goto(`${SITE}/embed/timeline/?theme=${theme}`);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r] = background.match(/\d+/g)!.map(Number);
    expect(r! < 100, background).toBe(dark);
    await page.context().close();
  });
});
