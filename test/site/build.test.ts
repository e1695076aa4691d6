/**
 * Reads the real build (test/site/build-site.ts runs it) and checks the published data contract: facts.json
 * validates against the published JSON Schema, every evidence offset slices
 * its article body to the figure, and every article contributes facts.
 */
import { readFileSync } from 'node:fs';
import { compileSchema } from '../support/json-schema.ts';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/lib/article/read-articles.ts';
import { CSV_COLUMNS } from '../../src/lib/exports/facts-csv.ts';
import { gzipSync } from 'node:zlib';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import { formatFact } from '../../src/lib/format/format-value.ts';
import { loadSiteCopy } from '../../src/lib/load/load-site-copy.ts';
import { proseChange } from '../../src/lib/story/fact-reference.ts';
import type { FactsFile } from '../../src/schema.ts';
import { builtPage, splitHref, typedProse } from '../support/story-pages.ts';

let data: FactsFile;

beforeAll(() => {
  data = JSON.parse(readFileSync('dist/data/facts.json', 'utf8')) as FactsFile;
});

describe('npm run build', () => {
  it('produces the story, the facts list and the three data files', () => {
    expect(readFileSync('dist/index.html', 'utf8')).toContain('<html lang="en">');
    expect(readFileSync('dist/facts/index.html', 'utf8')).toContain(`id="fact-${data.facts[0]!.id}"`);
    expect(readFileSync('dist/data/facts.csv', 'utf8').startsWith('id,kind,measure,value')).toBe(true);
  });

  it('writes facts.json that validates against the published facts.schema.json', () => {
    const schema = JSON.parse(readFileSync('dist/data/facts.schema.json', 'utf8')) as object;
    const validate = compileSchema(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const broken = structuredClone(data);
    (broken.facts[0] as { value: unknown }).value = 'three';
    expect(validate(broken)).toBe(false);
    // Formats are checked too (ajv-formats): a source URL that is no URL fails, though no pattern in the schema says so.
    const unlinked = structuredClone(data);
    (unlinked.sources[0] as { url: string | null }).url = 'not a uri';
    expect(validate(unlinked)).toBe(false);
  });

  it('has facts from every article, each evidence slicing the body to its figure and its quote', () => {
    const bodies = new Map(readArticles('.').map((a) => [a.id, a.body]));
    expect(new Set(data.facts.flatMap((f) => f.evidence.map((e) => e.source)))).toEqual(new Set(bodies.keys()));
    for (const fact of data.facts) {
      for (const e of fact.evidence) {
        const body = bodies.get(e.source)!;
        const figure = body.slice(e.start, e.end);
        expect(figure, fact.id).toMatch(/\d|one|two|three|four|five|six|seven|eight|nine|ten/i);
        expect(body.slice(e.quoteStart, e.quoteStart + e.quote.length)).toBe(e.quote);
        expect(e.start >= e.quoteStart && e.end <= e.quoteStart + e.quote.length, fact.id).toBe(true);
      }
    }
  });

  it('writes one RFC 4180 CSV row per fact', () => {
    const text = readFileSync('dist/data/facts.csv', 'utf8');
    expect(text).toContain('\r\n');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(data.facts.map((f) => f.id));
    expect(rows.map((r) => Number(r.value))).toEqual(data.facts.map((f) => f.value));
    expect(rows.map((r) => r.places)).toEqual(data.facts.map((f) => f.places.join(';')));
    expect(rows.some((r) => r.places?.includes(';'))).toBe(true);
    expect(rows.filter((r) => r.period_inherited === 'true').length).toBe(data.facts.filter((f) => f.period?.inherited).length);
  });
});

describe('the story at /', () => {
  it('server-renders every registered chart as SVG, each with its required parts', () => {
    const doc = builtPage('/');
    const figures = [...doc.querySelectorAll('figure.chart')];
    const ids = new Set(figures.map((f) => f.getAttribute('data-chart')));
    expect(ids).toEqual(new Set(CHART_IDS));
    expect(ids.size).toBeGreaterThanOrEqual(7);
    for (const figure of figures) {
      const id = figure.getAttribute('data-chart');
      expect(figure.querySelector('.chart-title')?.textContent?.trim(), id!).toBeTruthy();
      expect(figure.querySelector('.chart-takeaway')?.textContent?.trim(), id!).toBeTruthy();
      expect(figure.querySelector('.chart-graphic[role="img"]')?.getAttribute('aria-label')?.length, id!).toBeGreaterThan(40);
      expect(figure.querySelector('.chart-graphic svg[viewBox]'), id!).not.toBeNull();
      expect(figure.querySelectorAll('.chart-source a').length, id!).toBeGreaterThan(0);
      expect(figure.querySelector('details.chart-table table thead th[scope="col"]'), id!).not.toBeNull();
    }
    expect(doc.querySelector('figure[data-chart="locator-map"] .chart-source')?.textContent).toContain('Natural Earth');
  });

  it('prints every figure from the data, linked to an anchor that exists on its source page', () => {
    const doc = builtPage('/');
    const facts = new Map(data.facts.map((f) => [f.id, f]));
    const refs = [...doc.querySelectorAll('a.fact-ref')];
    expect(refs.length).toBeGreaterThan(15);
    for (const ref of refs) {
      const fact = facts.get(ref.getAttribute('data-fact') ?? '');
      expect(fact, ref.outerHTML).toBeDefined();
      const printed = [formatFact(fact!), ...(fact!.change ? [proseChange(fact!, loadSiteCopy().labels)] : [])];
      expect(printed, ref.outerHTML).toContain(ref.textContent);
      const { path, anchor } = splitHref(ref.getAttribute('href')!);
      expect(anchor).toBe(`fact-${fact!.id}`);
      expect(builtPage(path).getElementById(anchor), ref.getAttribute('href')!).not.toBeNull();
    }
  });

  it('names the publisher of every figure in its paragraph, once, instead of after each figure; the tooltip gives publisher and month', () => {
    const doc = builtPage('/');
    const publisherOf = new Map(data.sources.map((s) => [s.id, s.publisher]));
    const paragraphs = [...doc.querySelectorAll('.step-text p')].filter((p) => p.querySelector('.fact'));
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) {
      const named = [...p.querySelectorAll('.fact-publisher')].map((s) => s.textContent ?? '').join(' | ');
      for (const ref of p.querySelectorAll('.fact > a.fact-ref:not(.fact-disputed)')) {
        const fact = data.facts.find((f) => f.id === ref.getAttribute('data-fact'))!;
        for (const e of fact.evidence) expect(named, `${fact.id} in "${p.textContent?.slice(0, 60)}…"`).toContain(publisherOf.get(e.source)!);
      }
      // No bracketed credit after each figure: only a disagreement between sources is bracketed.
      for (const credit of p.querySelectorAll('.fact-credit')) expect(credit.textContent).toMatch(/another source reports/);
    }
    for (const span of doc.querySelectorAll('.fact')) {
      expect(span.querySelector('[role="tooltip"]')?.textContent).toMatch(/according to .+, (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    }
  });

  it('reads as prose: no space before punctuation, and a change reads "up …", never "+…"', () => {
    const text = (builtPage('/').querySelector('.scrolly-steps')?.textContent ?? '').replace(/\s+/g, ' ');
    const prose = [...builtPage('/').querySelectorAll('.step-text p')].map((p) => {
      const copy = p.cloneNode(true) as Element;
      for (const tip of copy.querySelectorAll('.fact-tip')) tip.remove();
      return (copy.textContent ?? '').replace(/\s+/g, ' ');
    });
    expect(text.length).toBeGreaterThan(500);
    for (const p of prose) {
      expect(p, p).not.toMatch(/\s[.,;:]/);
      expect(p, p).not.toMatch(/(^|\s)\+\d/);
    }
  });

  it('has no figure typed into the copy: digits appear only as years', () => {
    const prose = typedProse(builtPage('/'));
    expect(prose.length).toBeGreaterThan(500);
    expect(prose.replace(/\b(19|20)\d\d\b/g, '')).not.toMatch(/\d/);
  });

  it('reads without JavaScript, and the scrolly enhancement stays under 25 KB gzipped', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const doc = builtPage('/');
    // Each step carries its chart drawn twice, narrow and wide; CSS shows one.
    expect(doc.querySelectorAll('.step .step-figure .chart-narrow svg').length).toBe(doc.querySelectorAll('.step').length);
    expect(doc.querySelectorAll('.step .step-figure .chart-wide svg').length).toBe(doc.querySelectorAll('.step').length);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.every((s) => s.getAttribute('type') === 'module' && s.getAttribute('src'))).toBe(true);
    const bytes = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(`dist${s.getAttribute('src')}`)).length, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(25 * 1024);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('gives every source a page with all its figures anchored', () => {
    for (const source of data.sources) {
      const doc = builtPage(`/sources/${source.id}/`);
      for (const fact of data.facts.filter((f) => f.evidence.some((e) => e.source === source.id))) {
        expect(doc.getElementById(`fact-${fact.id}`), `${source.id} ${fact.id}`).not.toBeNull();
      }
    }
  });
});
