/**
 * The facts desk in the real build: every fact is one `tr[data-fact-id]`
 * across the facts pages, and every link in a row reaches an anchor that
 * exists.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactsFile } from '../../src/schema.ts';
import { distPages } from '../support/dist-pages.ts';
import { builtPage, splitHref } from '../support/story-pages.ts';

let data: FactsFile;
let rows: Element[];
/** A place id and its parents' ids, by the gazetteer in the built data: the tests' own reading of "within". */
function chainOf(id: string): string[] {
  const byId = new Map(data.places.map((p) => [p.id, p]));
  const chain: string[] = [];
  for (let p = byId.get(id); p && !chain.includes(p.id); p = p.parent ? byId.get(p.parent) : undefined) chain.push(p.id);
  return chain;
}

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

/** The rows of a filter's pages (`/facts/place/horgos/`, `/facts/place/horgos/2/` …), by fact id. */
function filterRows(base: string): string[] {
  return distPages().filter((p) => p === base || new RegExp(`^${base}\\d+/$`).test(p))
    .flatMap((p) => [...builtPage(p).querySelectorAll('table.facts-table tbody tr')].map((r) => r.getAttribute('data-fact-id')!));
}

describe('the filter pages', () => {
  const filters = () => distPages().filter((p) => /^\/facts\/(place|kind)\/[^/]+\/$/.test(p));

  it('exist for every kind and every place with facts, the places they lie within included', () => {
    const kinds = new Set(data.facts.map((f) => f.kind));
    const places = new Set(data.facts.flatMap((f) => f.places.flatMap(chainOf)));
    expect(filters().filter((p) => p.startsWith('/facts/kind/')).sort()).toEqual([...kinds].map((k) => `/facts/kind/${k}/`).sort());
    expect(filters().filter((p) => p.startsWith('/facts/place/')).sort()).toEqual([...places].map((k) => `/facts/place/${k}/`).sort());
    expect(places.has('xinjiang') && places.has('horgos')).toBe(true);
  });

  it('list exactly the facts of their kind, or of their place and the places within it', () => {
    const within = (id: string, area: string) => chainOf(id).includes(area);
    for (const page of filters()) {
      const [, by, id] = /^\/facts\/(place|kind)\/([^/]+)\/$/.exec(page)!;
      const expected = data.facts.filter((f) => (by === 'kind' ? f.kind === id : f.places.some((p) => within(p, id!)))).map((f) => f.id).sort();
      expect(filterRows(page).sort(), page).toEqual(expected);
    }
    expect(filterRows('/facts/place/xinjiang/')).toEqual(expect.arrayContaining(filterRows('/facts/place/horgos/')));
  });

  it('each have a CSV of exactly their rows, linked from the page, in the columns of /data/facts.csv', () => {
    const header = readFileSync('dist/data/facts.csv', 'utf8').split('\r\n')[0];
    for (const page of filters()) {
      const csv = parse(readFileSync(`dist${page}facts.csv`, 'utf8'), { columns: true }) as Array<{ id: string }>;
      expect(readFileSync(`dist${page}facts.csv`, 'utf8').split('\r\n')[0]).toBe(header);
      expect(csv.map((r) => r.id).sort(), page).toEqual(filterRows(page).sort());
      expect(builtPage(page).querySelector(`a[href="${page}facts.csv"]`), page).not.toBeNull();
    }
  });

  it('link every row to anchors that exist', () => {
    const pages = new Map<string, Document>();
    const page = (path: string) => pages.get(path) ?? pages.set(path, builtPage(path)).get(path)!;
    for (const path of filters()) {
      for (const row of page(path).querySelectorAll('tbody tr[data-fact-id]')) {
        for (const a of row.querySelectorAll('a[href]')) {
          const { path: target, anchor } = splitHref(a.getAttribute('href')!);
          if (anchor) expect(page(target || path).getElementById(anchor), `${path} ${row.getAttribute('data-fact-id')} → ${a.getAttribute('href')}`).not.toBeNull();
        }
      }
    }
  });
});

describe('a place page', () => {
  it('is a dossier: a labelled locator inset, its dated events linked to their sentences, and the charts that draw its facts', () => {
    const xinjiang = builtPage('/facts/place/xinjiang/');
    expect(xinjiang.querySelector('svg.place-inset[role="img"]')?.getAttribute('aria-label')).toMatch(/Xinjiang/);
    const events = [...xinjiang.querySelectorAll('section[aria-labelledby="place-events"] li a[href]')];
    const inXinjiang = (id: string) => chainOf(id).includes('xinjiang');
    expect(events.length).toBe(data.events.filter((e) => e.places.some(inXinjiang)).length);
    expect(events.length).toBeGreaterThan(0);
    for (const a of events) {
      const { path, anchor } = splitHref(a.getAttribute('href')!);
      expect(builtPage(path).getElementById(anchor), a.getAttribute('href')!).not.toBeNull();
    }
    for (const a of xinjiang.querySelectorAll('section[aria-labelledby="place-charts"] a[href]')) {
      expect(builtPage('/').getElementById(splitHref(a.getAttribute('href')!).anchor), a.getAttribute('href')!).not.toBeNull();
    }
    expect(xinjiang.querySelectorAll('section[aria-labelledby="place-charts"] a[href]').length).toBeGreaterThan(0);
  });
});

describe('the source pages', () => {
  const sources = () => distPages().filter((p) => /^\/sources\/[^/]+\/$/.test(p));

  it('mark extracted figures, numbers that belong to them, numbers left out with a reason, and page furniture, with a legend', () => {
    const copy = parseYaml(readFileSync('content/site.yaml', 'utf8')) as { labels: { sourceMarks: { reasons: Record<string, string>; furnitureTag: string } } };
    const reasons = new Set(Object.values(copy.labels.sourceMarks.reasons).map((r) => `(${r})`));
    let leftOut = 0;
    for (const path of sources()) {
      const doc = builtPage(path);
      expect(doc.querySelectorAll('dl.legend dt').length, path).toBe(5);
      for (const mark of doc.querySelectorAll('.source-text .left-out')) {
        leftOut += 1;
        expect(reasons.has(mark.querySelector('.reason')?.textContent?.trim() ?? ''), `${path}: ${mark.textContent}`).toBe(true);
        expect(mark.closest('p.furniture'), `${path}: a number in page furniture was never read`).toBeNull();
        expect(mark.closest('a.mark'), `${path}: ${mark.textContent} is inside an extracted figure`).toBeNull();
      }
      for (const part of doc.querySelectorAll('.source-text a.part')) {
        expect(doc.getElementById(part.getAttribute('href')!.slice(1)), `${path}: ${part.textContent}`).not.toBeNull();
      }
      for (const p of doc.querySelectorAll('.source-text p.furniture')) expect(p.textContent?.trim().startsWith(copy.labels.sourceMarks.furnitureTag), path).toBe(true);
      expect(doc.querySelectorAll('.source-text a.mark').length, path).toBeGreaterThan(0);
    }
    expect(leftOut).toBeGreaterThan(10);
  });

  it('each have a CSV of exactly the facts they mark, linked from the page', () => {
    for (const source of data.sources) {
      const path = `/sources/${source.id}/`;
      const doc = builtPage(path);
      const marked = [...doc.querySelectorAll('.source-text [id^="fact-"]')].map((e) => e.id.slice('fact-'.length));
      const csv = (parse(readFileSync(`dist${path}facts.csv`, 'utf8'), { columns: true }) as Array<{ id: string }>).map((r) => r.id);
      expect(csv.sort(), path).toEqual([...new Set(marked)].sort());
      expect(csv.sort()).toEqual(data.facts.filter((f) => f.evidence.some((e) => e.source === source.id)).map((f) => f.id).sort());
      expect(doc.querySelector(`a[href="${path}facts.csv"]`), path).not.toBeNull();
    }
  });

  it('link the original, or say no copy was found', () => {
    const { noCopy } = (parseYaml(readFileSync('content/site.yaml', 'utf8')) as { labels: { factsTable: { provenance: { noCopy: string } } } }).labels.factsTable.provenance;
    for (const source of data.sources) {
      const meta = builtPage(`/sources/${source.id}/`).querySelector('.meta')!;
      if (source.url) expect(meta.querySelector(`a[href="${source.url}"]`), source.id).not.toBeNull();
      else expect(meta.textContent, source.id).toContain(noCopy);
    }
    expect(data.sources.some((s) => !s.url)).toBe(true);
  });
});
