/**
 * Every internal link and anchor in the built site resolves: each href to a
 * page or file in dist/, and each #fragment to an element id on that page
 * (the `#fact-…` and `#chart-…` anchors included). Links out of the site
 * carry rel="noopener noreferrer".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { distFile } from '../support/route-dist.ts';

/** Every HTML file in dist/, as a site path (`/sources/x/`). */
function pages(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.html') ? [`/${relative('dist', path).replace(/index\.html$/, '')}`] : [];
  });
}

const ids = new Map<string, Set<string>>();
function idsOf(page: string): Set<string> {
  if (!ids.has(page)) {
    const doc = new JSDOM(readFileSync(distFile(page)!, 'utf8')).window.document;
    ids.set(page, new Set([...doc.querySelectorAll('[id]')].map((el) => el.id)));
  }
  return ids.get(page)!;
}

describe('internal links', () => {
  const all = pages();

  it('are checked on every page', () => {
    expect(all).toEqual(expect.arrayContaining(['/', '/facts/', '/embed/', '/embed/locator-map/']));
  });

  it.each(all)('on %s all resolve', (page) => {
    const doc = new JSDOM(readFileSync(distFile(page)!, 'utf8'), { url: `http://site.test${page}` }).window.document;
    const broken: string[] = [];
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], iframe[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
      const url = new URL(raw, `http://site.test${page}`);
      if (url.origin !== 'http://site.test') continue;
      const target = distFile(url.pathname);
      if (!target) {
        broken.push(`${raw}: no such file`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsOf(url.pathname).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${raw}: no element with this id`);
    }
    expect(broken).toEqual([]);
  });

  it.each(all)('on %s external links carry rel="noopener noreferrer"', (page) => {
    const doc = new JSDOM(readFileSync(distFile(page)!, 'utf8')).window.document;
    const bare = [...doc.querySelectorAll('a[href^="http"]')]
      .filter((a) => !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? ''))
      .map((a) => a.getAttribute('href'));
    expect(bare).toEqual([]);
  });
});
