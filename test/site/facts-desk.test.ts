/**
 * The facts desk in the real build: every fact is one `tr[data-fact-id]`
 * across the facts pages, and every link in a row reaches an anchor that
 * exists.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactsFile } from '../../src/schema.ts';
import { distPages } from '../support/dist-pages.ts';
import { builtPage, splitHref } from '../support/story-pages.ts';

let data: FactsFile;
let rows: Element[];
/** The facts page each row is on: a bare `#anchor` in a row points into it. */
const pageOfRow = new Map<Element, string>();
beforeAll(() => {
  data = JSON.parse(readFileSync('dist/data/facts.json', 'utf8')) as FactsFile;
  rows = distPages().filter((p) => /^\/facts\/(\d+\/)?$/.test(p)).flatMap((p) => {
    const found = [...builtPage(p).querySelectorAll('table.facts-table tbody tr')];
    for (const row of found) pageOfRow.set(row, p);
    return found;
  });
});

describe('the facts table', () => {
  it('has one row per fact, each a tr[data-fact-id] carrying its anchor, with a header cell per column', () => {
    const ids = rows.map((r) => r.getAttribute('data-fact-id'));
    expect(ids.sort()).toEqual(data.facts.map((f) => f.id).sort());
    for (const row of rows) expect(row.id).toBe(`fact-${row.getAttribute('data-fact-id')}`);
    const headers = [...builtPage('/facts/').querySelectorAll('table.facts-table thead th[scope="col"]')];
    expect(headers.length).toBe(rows[0]!.querySelectorAll('td').length);
  });

  it('links every row to anchors that exist: the sentence on its source page, and the story\'s charts', () => {
    const pages = new Map<string, Document>();
    const page = (path: string) => pages.get(path) ?? pages.set(path, builtPage(path)).get(path)!;
    for (const row of rows) {
      const links = [...row.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
      expect(links.some((h) => h.includes('/sources/')), row.getAttribute('data-fact-id')!).toBe(true);
      for (const href of links) {
        const { path, anchor } = splitHref(href);
        if (!anchor) continue;
        expect(page(path || pageOfRow.get(row)!).getElementById(anchor), `${row.getAttribute('data-fact-id')} → ${href}`).not.toBeNull();
      }
    }
  });

  it('says which figures the story uses', () => {
    const used = rows.filter((r) => r.querySelector('td[data-column="storyUse"] a'));
    expect(used.length).toBeGreaterThan(5);
    expect(used.length).toBeLessThan(rows.length);
  });
});
