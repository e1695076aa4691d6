/**
 * The facts desk's search, filters and sorting in a real browser (Debian's
 * Chromium): typing narrows the rows and clearing restores them, the URL
 * keeps the filters and gives the same rows again, a place filter gives
 * exactly the rows of that place's page (which works with JavaScript off),
 * and the keyboard alone can search, sort and reach every link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPage } from '../support/story-pages.ts';
import { siteBrowser } from '../support/site-browser.ts';

const site = siteBrowser();

const visibleIds = (page: Page) => page.$$eval('table.facts-table tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.getAttribute('data-fact-id')!));
const allIds = (path: string) => [...builtPage(path).querySelectorAll('table.facts-table tbody tr')].map((r) => r.getAttribute('data-fact-id')!);

describe('the /facts/ search box', () => {
  it('is an input[type=search]; typing a place leaves only rows that mention it or lie within it, and clearing restores them all', async () => {
    const page = await site.open('/facts/');
    const all = await visibleIds(page);
    expect(all.length).toBe(allIds('/facts/').length);
    const search = page.locator('input[type="search"]');
    await search.fill('Horgos');
    const horgos = await visibleIds(page);
    expect(horgos.length).toBeGreaterThan(0);
    expect(horgos.length).toBeLessThan(all.length);
    const texts = await page.$$eval('table.facts-table tbody tr:not([hidden])', (rows) => rows.map((r) => `${r.textContent} ${r.getAttribute('data-names') ?? ''}`.toLowerCase()));
    for (const text of texts) expect(text).toContain('horgos');
    expect(allIds('/facts/place/horgos/').every((id) => horgos.includes(id))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Horgos');

    // A region's name finds the facts of the places within it, whose sentences may not name the region.
    await search.fill('Xinjiang');
    expect((await visibleIds(page)).sort()).toEqual(expect.arrayContaining(allIds('/facts/place/horgos/')));

    await search.fill('');
    expect(await visibleIds(page)).toEqual(all);
    expect(await page.locator('.facts-filter .shown').textContent()).toContain(String(all.length));
    await page.context().close();
  });

  it('gives the same rows when the same search is reached by URL', async () => {
    const typed = await site.open('/facts/');
    await typed.locator('input[type="search"]').fill('trains');
    const expected = await visibleIds(typed);
    await typed.context().close();
    const linked = await site.open('/facts/?q=trains');
    expect(await linked.locator('input[type="search"]').inputValue()).toBe('trains');
    expect(await visibleIds(linked)).toEqual(expected);
    await linked.context().close();
  });
});

describe('the filters by URL', () => {
  it.each([['place', 'horgos'], ['place', 'xinjiang'], ['kind', 'trains'], ['kind', 'investment']])('?%s=%s shows exactly the rows of the page that works without JavaScript', async (by, id) => {
    const page = await site.open(`/facts/?${by}=${id}`);
    expect((await visibleIds(page)).sort()).toEqual(allIds(`/facts/${by}/${id}/`).sort());
    expect(await page.locator(`select[name="${by}"]`).inputValue()).toBe(id);
    await page.context().close();
  });

  it('combine: ?place=xinjiang&kind=trains is the rows both pages share', async () => {
    const page = await site.open('/facts/?place=xinjiang&kind=trains');
    const place = new Set(allIds('/facts/place/xinjiang/'));
    expect((await visibleIds(page)).sort()).toEqual(allIds('/facts/kind/trains/').filter((id) => place.has(id)).sort());
    await page.context().close();
  });

  it('choosing a place keeps it in the URL, so the view can be shared', async () => {
    const page = await site.open('/facts/');
    await page.locator('select[name="place"]').selectOption('horgos');
    expect(new URL(page.url()).searchParams.get('place')).toBe('horgos');
    expect((await visibleIds(page)).sort()).toEqual(allIds('/facts/place/horgos/').sort());
    await page.locator('button[type="reset"]').click();
    await expect.poll(() => visibleIds(page).then((ids) => ids.length)).toBe(allIds('/facts/').length);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });
});

describe('with the keyboard alone', () => {
  /** Tabs until `selector` has focus; fails after `limit` presses. */
  async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${selector} was not reached in ${limit} presses of Tab`);
  }

  it('searches and sorts: Enter on a column header sorts up, then down, and says so', async () => {
    const page = await site.open('/facts/');
    await tabTo(page, 'input[type="search"]');
    await page.keyboard.type('Horgos');
    const found = await visibleIds(page);
    expect(found.length).toBeLessThan(allIds('/facts/').length);
    await tabTo(page, 'th[data-column="period"] button');
    await page.keyboard.press('Enter');
    const header = page.locator('th[data-column="period"]');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const keys = () => page.$$eval('tbody tr:not([hidden]) td[data-column="period"]', (cells) => cells.map((c) => c.getAttribute('data-sort') ?? ''));
    const up = await keys();
    expect(up).toEqual([...up].sort((a, b) => a.localeCompare(b)));
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await keys()).toEqual([...up].sort((a, b) => b.localeCompare(a)));
    expect((await visibleIds(page)).sort()).toEqual([...found].sort());
    expect(new URL(page.url()).searchParams.get('sort')).toBe('period-desc');
    await page.context().close();
  });

  it('sorts figures by value, not by their printed text', async () => {
    const page = await site.open('/facts/?kind=investment&sort=figure');
    const values = await page.$$eval('tbody tr:not([hidden]) td[data-column="figure"]', (cells) => cells.map((c) => Number(c.getAttribute('data-sort'))));
    expect(values.length).toBeGreaterThan(2);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await page.context().close();
  });

  it('reaches every link of a place page with Tab', async () => {
    const page = await site.open('/facts/place/horgos/');
    // Open the places list, as a keyboard reader would with Enter on its summary.
    await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
    const links = await page.$$eval('a[href]', (as) => as.length);
    const reached = new Set<number>();
    for (let i = 0; i < links * 2 + 40 && reached.size < links; i += 1) {
      await page.keyboard.press('Tab');
      const index = await page.evaluate(() => [...document.querySelectorAll('a[href]')].indexOf(document.activeElement as HTMLAnchorElement));
      if (index >= 0) reached.add(index);
    }
    expect(reached.size).toBe(links);
    await page.context().close();
  });
});
