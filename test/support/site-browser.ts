/**
 * The browser setup the site tests share: one Chromium per test file,
 * launched before its tests and closed after, and contexts that serve the
 * built `dist/` at a test origin (`route-dist.ts`), so no server runs.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { routeDist } from './route-dist.ts';

/** The origin the built site is served at. */
export const SITE = 'http://site.test';

/** What a test file gets: the browser, and contexts and pages on the built site. */
export interface SiteBrowser {
  readonly browser: Browser;
  /** A new context serving `dist/` at {@link SITE}; close it when done. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page of a new such context, at `path`; close its context when done. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

/** Registers the launch and the close for the calling test file. */
export function siteBrowser(): SiteBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = () => {
    if (!browser) throw new Error('test/support/site-browser.ts: the browser is used before beforeAll launched it. Fix: call siteBrowser() at the top of the test file');
    return browser;
  };
  const context = async (options: BrowserContextOptions = {}) => {
    const created = await launched().newContext(options);
    await routeDist(created, SITE);
    return created;
  };
  return {
    get browser() { return launched(); },
    context,
    async open(path, options = {}) {
      const page = await (await context(options)).newPage();
      await page.goto(`${SITE}${path}`);
      return page;
    },
  };
}
