/**
 * Every string derived from an article reaches the reader as text, never as
 * markup. A hostile article (test/fixtures/articles/hostile-article.md) puts
 * `<script>`, `"><img onerror>` and `'><svg onload>` payloads in every
 * free-text front-matter field, in its `url` and in the sentences its figures
 * are read from (the body keeps fewer than three tags a build would count
 * as a saved web page and refuse); it is built in a temporary copy of the project, and every
 * published page, SVG export and data file is then read back. A second
 * article with a `javascript:` url must fail the build and publish nothing.
 * Two builds in all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import { parseArticle, validateFrontMatter } from '../../src/lib/article/parse-article.ts';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import { safeCsvCell } from '../../src/lib/exports/csv-safe.ts';
import { ArticleFrontMatter, Source } from '../../src/schema/article.ts';
import type { ChartData, Fact, FactsFile } from '../../src/schema.ts';

const SLUG = 'hostile-article';
const FIXTURE = readFileSync(resolve(`test/fixtures/articles/${SLUG}.md`), 'utf8');
const hostile = parseArticle(`content/articles/${SLUG}.md`, FIXTURE);
const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>"];
/** Front-matter fields that are not free text: a date, an address (checked on its own) and an enum. */
const NOT_FREE_TEXT = ['published', 'url', 'translation'];
/** The only scripts the site ships: bundles under /_astro/ and the embed scripts, all external. */
const SITE_SCRIPT = /^\/(?:_astro\/[\w.-]+\.js|embed-frame\.js|embed\.js)$/;
/** Attributes a browser follows or loads as a URL. */
const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data']);

let dir: string;
let data: FactsFile;

function build() {
  return spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const html = (path: string) => new JSDOM(read(path)).window.document;
const json = <T>(path: string) => JSON.parse(read(path)) as T;
const mine = (): Fact[] => data.facts.filter((f) => f.evidence.some((e) => e.source === SLUG));
/** Charts that plot at least one of the hostile article's facts. */
const hostileCharts = () => CHART_IDS.filter((id) => json<ChartData>(`dist/data/${id}.json`).rows.some((r) => r.sources.includes(SLUG)));
/** Of those, the charts whose rows, and so data tables, carry a credit line per row (the locator map's do not). */
const creditCharts = () => hostileCharts().filter((id) => json<ChartData>(`dist/data/${id}.json`).fields.includes('credit'));
const text = (node: Node | null | undefined) => node?.textContent ?? '';
/** Whitespace collapsed: an SVG export wraps long lines into separate `<text>` elements. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every attribute of every element in a parsed document, as [element, name, value]. */
function attributes(doc: Document): [Element, string, string][] {
  return [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a): [Element, string, string] => [el, a.name.toLowerCase(), a.value]));
}

/** What a browser would make of a URL attribute: control characters and spaces dropped, case folded. */
const scheme = (value: string) => value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();

beforeAll(() => {
  dir = copyProject('.', 'xj-hostile');
  writeFileSync(join(dir, `content/articles/${SLUG}.md`), FIXTURE);
  const result = build();
  expect(result.status, result.stderr).toBe(0);
  data = json<FactsFile>('dist/data/facts.json');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the hostile fixture', () => {
  it('carries every payload in every free-text front-matter field, the url and the body', () => {
    const fields = Object.keys(ArticleFrontMatter.shape).filter((field) => !NOT_FREE_TEXT.includes(field));
    expect(fields).toEqual(['title', 'publisher', 'byline', 'via', 'notes']);
    const front = hostile.data as Record<string, string | undefined>;
    for (const field of fields) for (const payload of PAYLOADS) expect(front[field], field).toContain(payload);
    for (const payload of PAYLOADS) expect(hostile.body).toContain(payload);
    expect(hostile.data.url).toMatch(/^https:\/\/.*"><img src=x onerror=alert\(1\)>'><svg onload=alert\(1\)>$/);
  });

  it('is read, so the payloads reach the facts, the charts and the source page (the test is not vacuous)', () => {
    expect(data.sources.find((s) => s.id === SLUG)?.title).toBe(hostile.data.title);
    expect(mine().length).toBeGreaterThanOrEqual(3);
    expect(mine().some((f) => PAYLOADS.some((p) => f.evidence.some((e) => e.quote.includes(p))))).toBe(true);
    expect(existsSync(join(dir, `dist/sources/${SLUG}/index.html`))).toBe(true);
    expect(creditCharts().length).toBeGreaterThanOrEqual(2);
  });
});

describe('the built site with a hostile article', () => {
  const pages = () => readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => `dist/${f}`);

  it('has no script, event handler, injected img or svg, or javascript: URL in any page', () => {
    expect(pages().length).toBeGreaterThan(10);
    for (const path of pages()) {
      const doc = html(path);
      for (const script of doc.querySelectorAll('script')) {
        expect(script.getAttribute('src') ?? '(inline)', path).toMatch(SITE_SCRIPT);
        expect(script.textContent, `${path}: inline script`).toBe('');
      }
      for (const [el, name, value] of attributes(doc)) {
        expect(name, `${path}: <${el.localName} ${name}="${value}">`).not.toMatch(/^on/);
        if (URL_ATTRS.has(name)) expect(scheme(value), `${path}: ${name}="${value}"`).not.toMatch(/^(?:javascript|vbscript|data):/);
      }
      expect(doc.querySelectorAll('img[src="x"], svg[onload]'), path).toHaveLength(0);
    }
  });

  it('prints the payloads as text on the source page: headline, publisher, byline, body and link', () => {
    const doc = html(`dist/sources/${SLUG}/index.html`);
    expect(text(doc.querySelector('h1'))).toBe(hostile.data.title);
    expect(doc.title).toContain(hostile.data.title);
    const meta = text(doc.querySelector('.meta'));
    expect(meta).toContain(hostile.data.publisher);
    expect(meta).toContain(hostile.data.byline);
    const body = text(doc.querySelector('.source-text'));
    for (const payload of PAYLOADS) expect(body).toContain(payload);
    for (const fact of mine()) expect(text(doc.getElementById(`fact-${fact.id}`))).not.toBe('');
    expect(doc.querySelector('.meta a[rel~="noopener"]')?.getAttribute('href')).toBe(hostile.data.url);
  });

  it('prints each quote, payloads and all, as text in the facts table', () => {
    const doc = html('dist/facts/index.html');
    // The page's source list names the article; the table's rows quote it.
    const source = doc.getElementById(`source-${SLUG}`);
    expect(text(source?.querySelector('a'))).toBe(hostile.data.title);
    expect(text(source)).toContain(hostile.data.publisher);
    const rows = mine().filter((f) => f.evidence[0]!.source === SLUG).map((fact) => {
      const row = doc.querySelector(`tr[data-fact-id="${fact.id}"]`);
      expect(text(row?.querySelector('blockquote')), fact.id).toBe(fact.evidence[0]!.quote);
      expect(text(row?.querySelector('td[data-column="source"]')), fact.id).toContain(hostile.data.publisher);
      return text(row);
    });
    for (const payload of PAYLOADS) expect([text(source), ...rows].join(' ')).toContain(payload);
  });

  it("prints the publisher as text in the story's and the embeds' data tables and source lines", () => {
    const story = html('dist/index.html');
    for (const id of hostileCharts()) {
      for (const doc of [story, html(`dist/embed/${id}/index.html`)]) {
        const figure = doc.querySelector(`figure[data-chart="${id}"]`);
        expect(text(figure?.querySelector('.chart-source')), id).toContain(hostile.data.publisher);
        if (creditCharts().includes(id)) expect(text(figure?.querySelector('table')), id).toContain(hostile.data.publisher);
      }
    }
    expect(text(story.querySelector('.source-list'))).toContain(hostile.data.title);
  });

  it('writes SVG exports that are well-formed XML with no script or event handler, the payloads as text', () => {
    const files = readdirSync(join(dir, 'dist/charts')).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBe(CHART_IDS.length);
    for (const file of files) {
      // jsdom throws on XML that is not well-formed, e.g. an unescaped `<` in an attribute.
      const doc = new JSDOM(read(`dist/charts/${file}`), { contentType: 'image/svg+xml' }).window.document;
      expect(doc.documentElement.localName, file).toBe('svg');
      expect(doc.getElementsByTagName('script'), file).toHaveLength(0);
      expect(doc.getElementsByTagName('foreignObject'), file).toHaveLength(0);
      for (const [el, name] of attributes(doc)) expect(name, `${file}: <${el.localName} ${name}>`).not.toMatch(/^on/);
    }
    for (const id of hostileCharts()) {
      const doc = new JSDOM(read(`dist/charts/${id}.svg`), { contentType: 'image/svg+xml' }).window.document;
      expect(squash(text(doc.documentElement)), id).toContain(squash(hostile.data.publisher));
    }
  });

  it('keeps the payloads verbatim in facts.json: data is data', () => {
    const raw = read('dist/data/facts.json');
    for (const value of [hostile.data.title, hostile.data.publisher, hostile.data.byline, hostile.data.via, hostile.data.url]) {
      expect(raw).toContain(JSON.stringify(value));
    }
    const source = data.sources.find((s) => s.id === SLUG)!;
    expect(source).toMatchObject({ title: hostile.data.title, publisher: hostile.data.publisher, byline: hostile.data.byline, via: hostile.data.via, url: hostile.data.url });
    for (const fact of mine()) {
      const evidence = fact.evidence.find((e) => e.source === SLUG)!;
      expect(hostile.body.slice(evidence.quoteStart, evidence.quoteStart + evidence.quote.length)).toBe(evidence.quote);
    }
  });

  it('writes CSVs that parse back to the same strings as the JSON', () => {
    const facts = parse(read('dist/data/facts.csv'), { columns: true }) as Record<string, string>[];
    for (const fact of mine()) {
      const row = facts.find((r) => r.id === fact.id)!;
      expect(row.quote, fact.id).toBe(safeCsvCell(fact.evidence[0]!.quote));
      expect((row.publishers ?? '').split(';'), fact.id).toContain(data.sources.find((s) => s.id === fact.evidence[0]!.source)!.publisher);
    }
    expect(facts.some((r) => PAYLOADS.every((p) => r.quote!.includes(p)))).toBe(true);
    for (const id of CHART_IDS) {
      const rows = json<ChartData>(`dist/data/${id}.json`).rows as unknown as Record<string, unknown>[];
      const csv = parse(read(`dist/data/${id}.csv`), { columns: true }) as Record<string, string>[];
      expect(csv.length, id).toBe(rows.length);
      rows.forEach((row, i) => {
        for (const [key, value] of Object.entries(row)) if (typeof value === 'string') expect(csv[i]![key], `${id} row ${i} ${key}`).toBe(safeCsvCell(value));
      });
    }
    for (const id of creditCharts()) {
      expect(read(`dist/data/${id}.csv`), id).toContain(`"${hostile.data.publisher.replaceAll('"', '""')}`);
    }
  });
});

describe('an article whose url is not an http(s) address', () => {
  const PATH = 'content/articles/hostile-url.md';
  const FIX = 'Fix: write the full address, starting with http:// or https://, or remove the field';

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>'])(
    'is refused by the schema, naming the url field and the fix: %j',
    (url) => {
      const front = { ...hostile.data, url };
      expect(ArticleFrontMatter.safeParse(front).error?.issues.map((i) => i.path)).toEqual([['url']]);
      expect(Source.shape.url.safeParse(url).success).toBe(false);
      expect(() => validateFrontMatter(PATH, front)).toThrow(`${PATH}: url: ${JSON.stringify(url)} must be an http:// or https:// address. ${FIX}`);
    },
  );

  it('fails the build with one line naming the file, the field and the fix, and publishes nothing', () => {
    const published = ['dist/index.html', 'dist/data/facts.json', `dist/sources/${SLUG}/index.html`, 'src/generated/facts.json'];
    const before = published.map(read);
    writeFileSync(join(dir, PATH), FIXTURE.replace(/^url: .*$/m, 'url: javascript:alert(1)'));
    const result = build();
    expect(result.status).not.toBe(0);
    const line = result.stderr.split('\n').find((l) => l.startsWith('build failed: '));
    expect(line).toBe(`build failed: ${PATH}: url: "javascript:alert(1)" must be an http:// or https:// address. ${FIX}`);
    expect(published.map(read)).toEqual(before);
    expect(existsSync(join(dir, 'dist/sources/hostile-url'))).toBe(false);
    expect(readdirSync(join(dir, '.site/builds'))).toHaveLength(1);
  });
});
