/**
 * Page weight, budgets and the layout-shift check on a small built site
 * written to a temp folder: which files a page loads, that their gzip sizes
 * add up, and which elements would shift the layout.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBudgetBench } from '../scripts/bench/bench-budgets.ts';
import { BUDGETS, budgetFor, budgetKind, budgetProblems } from '../src/lib/quality/budgets.ts';
import { htmlPages } from '../src/lib/quality/dist-pages.ts';
import { distLayoutShiftProblems, formatLayoutShiftProblem, layoutShiftProblems } from '../src/lib/quality/layout-shift.ts';
import { pageWeight, type PageWeight } from '../src/lib/quality/page-weight.ts';

const SVG = '<svg width="640" height="400" viewBox="0 0 640 400"><rect width="10" height="20"/><svg><circle r="3"/></svg></svg>';

const FILES: Record<string, string> = {
  'index.html': `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css">
<link rel="canonical" href="https://example.org/">
<link rel="icon" href="favicon.svg">
<script type="module" src="/_astro/page.js"></script>
<script src="https://cdn.example.com/tracker.js"></script>
<script>window.inline = 1;</script>
<script type="application/json">{"data": true}</script>
</head><body>
<figure>${SVG}</figure>
<img src="img/photo.png" width="10" height="10" alt="">
<img src="data:image/png;base64,iVBORw0KGgo=" width="1" height="1" alt="">
<iframe src="/embed/one/" width="100%" height="300"></iframe>
</body></html>`,
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'img/photo.png': 'not really a png, but bytes all the same',
  'img/bg.png': 'background bytes',
  'fonts/body.woff2': 'font bytes font bytes',
  '_astro/site.css': `@import "./extra.css";
/* url(/commented-out.png) is not loaded */
@font-face { font-family: Body; src: url(../fonts/body.woff2) format("woff2"); }
.chip { background: url("data:image/svg+xml,%3Csvg%3E%3C/svg%3E"); }
.x { filter: url(#shadow); }`,
  '_astro/extra.css': 'body { background: url(/img/bg.png); }',
  '_astro/page.js': 'import{a as b}from"./chunk-a.js";import"./chunk-b.js";const s="import(\'./not-a-chunk.js\')";import("./lazy.js").then(b);',
  '_astro/chunk-a.js': 'import{c}from"./chunk-b.js";export const a=()=>c;',
  '_astro/chunk-b.js': 'import"./chunk-a.js";export const c=2;',
  '_astro/lazy.js': 'export default 1;',
  '_astro/unused.js': 'never loaded',
  'embed/one/index.html': `<!doctype html><html><head><link rel="stylesheet" href="../../_astro/extra.css"><script src="/_astro/gone.js"></script></head>
<body><svg width="300" viewBox="0 0 300 200"></svg></body></html>`,
};

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'xj-page-weight-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const gz = (path: string) => gzipSync(readFileSync(join(dist, path))).length;

describe('pageWeight', () => {
  it('finds every file the page loads, each once, following CSS imports and JS chunks', () => {
    const weight = pageWeight(dist, 'index.html');
    expect(weight.files.map((f) => [f.file, f.kind])).toEqual([
      ['index.html', 'html'],
      ['_astro/site.css', 'css'],
      ['favicon.svg', 'image'],
      ['_astro/page.js', 'js'],
      ['img/photo.png', 'image'],
      ['_astro/extra.css', 'css'],
      ['fonts/body.woff2', 'image'],
      ['_astro/chunk-a.js', 'js'],
      ['_astro/chunk-b.js', 'js'],
      ['_astro/lazy.js', 'js'],
      ['img/bg.png', 'image'],
    ]);
    expect(weight.missing).toEqual([]);
  });

  it('counts each file at its gzip size, and the parts add up to the total', () => {
    const weight = pageWeight(dist, 'index.html');
    for (const f of weight.files) expect(f.bytes, f.file).toBe(gz(f.file));
    const byKind = (kind: string) => weight.files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.bytes, 0);
    expect(weight.html).toBe(gz('index.html'));
    expect(weight.css).toBe(gz('_astro/site.css') + gz('_astro/extra.css'));
    expect(weight.js).toBe(byKind('js'));
    expect(weight.images).toBe(gz('favicon.svg') + gz('img/photo.png') + gz('fonts/body.woff2') + gz('img/bg.png'));
    expect(weight.total).toBe(weight.html + weight.css + weight.js + weight.images);
    expect(weight.total).toBe(weight.files.reduce((sum, f) => sum + f.bytes, 0));
  });

  it('measures the inline SVG as written and the inline scripts apart, both already within the HTML', () => {
    const weight = pageWeight(dist, 'index.html');
    expect(weight.svgInline).toBe(gzipSync(SVG).length);
    expect(weight.scriptInline).toBe(gzipSync('window.inline = 1;').length);
    expect(weight.svgInline).toBeLessThan(weight.html);
  });

  it('resolves relative references against the page URL, and reports the ones naming no file', () => {
    const weight = pageWeight(dist, 'embed/one/index.html');
    expect(weight.files.map((f) => f.file)).toEqual(['embed/one/index.html', '_astro/extra.css', 'img/bg.png']);
    expect(weight.missing).toEqual([{ url: '/_astro/gone.js', from: 'embed/one/index.html' }]);
  });

  it('names the page and the fix when the page does not exist', () => {
    expect(() => pageWeight(dist, 'nope/index.html')).toThrow(/nope\/index\.html does not exist\. Fix: run `npm run build`/);
  });

  it('lists every HTML page in the build', () => {
    expect(htmlPages(dist)).toEqual(['embed/one/index.html', 'index.html']);
  });
});

describe('budgets', () => {
  it('holds the story, each embed page and every other page to its own budget', () => {
    expect(budgetKind('index.html')).toBe('story');
    expect(budgetKind('embed/any-chart/index.html')).toBe('embed');
    expect(budgetKind('embed/index.html')).toBe('page');
    expect(budgetKind('facts/index.html')).toBe('page');
    expect(budgetKind('sources/some-article/index.html')).toBe('page');
    expect(budgetFor('embed/x/index.html')).toEqual({ totalBytes: 30 * 1024 });
    expect(BUDGETS.story).toEqual({ totalBytes: 150 * 1024, jsBytes: 25 * 1024 });
    expect(BUDGETS.page).toEqual(BUDGETS.story);
  });

  it('passes a light page and names the page, its weight, the budget and the heaviest files when over', () => {
    const weight = pageWeight(dist, 'index.html');
    expect(budgetProblems(weight)).toEqual([]);
    const heavy: PageWeight = {
      ...weight,
      page: 'embed/big/index.html',
      js: 40 * 1024,
      total: 60 * 1024,
      files: [...weight.files, { file: '_astro/huge.js', kind: 'js', bytes: 40 * 1024 }],
    };
    const [total, ...rest] = budgetProblems(heavy);
    expect(total).toMatch(/^embed\/big\/index\.html: 60\.0 KB gzipped in total, over its 30\.0 KB budget\. Heaviest: _astro\/huge\.js 40\.0 KB/);
    expect(rest).toEqual([]);
    const js = budgetProblems({ ...heavy, page: 'index.html' });
    expect(js).toHaveLength(1);
    expect(js[0]).toMatch(/^index\.html: 40\.\d KB gzipped of JavaScript, over its 25\.0 KB budget\. Heaviest: _astro\/huge\.js/);
  });
});

describe('layout-shift check', () => {
  const check = (body: string) => layoutShiftProblems(new JSDOM(`<!doctype html><body>${body}</body>`).window.document, 'story/index.html');

  it('passes SVGs with numeric width and height and a viewBox (or an aspect ratio), whatever nested SVGs hold', () => {
    expect(check(SVG)).toEqual([]);
    expect(check('<svg width="640" height="400" style="aspect-ratio: 8 / 5"></svg>')).toEqual([]);
  });

  it('fails an SVG without height or viewBox, naming the file, the element and the fix', () => {
    const [noHeight, noViewBox, percent, ...rest] = check('<svg id="map" width="640" viewBox="0 0 640 400"></svg><svg class="c" width="640" height="400"></svg><svg width="100%" height="400" viewBox="0 0 1 1"></svg>');
    expect(rest).toEqual([]);
    expect(formatLayoutShiftProblem(noHeight!)).toBe('story/index.html: <svg id="map"> (svg #1) has no numeric height attribute. Fix: give the <svg> width and height attributes in user units, e.g. width="640" height="400".');
    expect(noViewBox).toMatchObject({ element: '<svg class="c"> (svg #2)', problem: expect.stringContaining('no viewBox') });
    expect(percent!.problem).toBe('has no numeric width attribute');
  });

  it('needs width and height on images and iframes, allowing an iframe a percentage width', () => {
    expect(check('<img src="a.png" width="10" height="10"><iframe src="/e/" width="100%" height="300"></iframe>')).toEqual([]);
    const problems = check('<img src="a.png" width="10"><iframe src="/e/" height="300"></iframe><iframe src="/f/" width="100%" height="auto"></iframe>');
    expect(problems.map((p) => [p.element, p.problem])).toEqual([
      ['<img src="a.png"> (img #1)', 'has no numeric height attribute'],
      ['<iframe src="/e/"> (iframe #1)', 'has no width (a number or a percentage) attribute'],
      ['<iframe src="/f/"> (iframe #2)', 'has no numeric height attribute'],
    ]);
  });

  it('checks every page of a build, naming each by its dist path', () => {
    expect(distLayoutShiftProblems(dist).map((p) => [p.file, p.problem])).toEqual([['embed/one/index.html', 'has no numeric height attribute']]);
  });
});

describe('runBudgetBench', () => {
  it('prints a row per page, the missing references and the layout-shift result', async () => {
    const lines: string[] = [];
    const root = mkdtempSync(join(tmpdir(), 'xj-bench-budgets-'));
    try {
      await runBudgetBench({ root, log: (line) => lines.push(line) });
      expect(lines.join('\n')).toMatch(/run `npm run build` first/);
      lines.length = 0;
      for (const [path, text] of Object.entries(FILES)) {
        mkdirSync(dirname(join(root, 'dist', path)), { recursive: true });
        writeFileSync(join(root, 'dist', path), text);
      }
      await runBudgetBench({ root, log: (line) => lines.push(line) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const rows = lines.filter((l) => /^\| (index|embed)/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^\| index\.html \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| 150\.0 \(JS 25\.0\) \| yes \|$/);
    expect(lines).toContain('embed/one/index.html: embed/one/index.html references /_astro/gone.js, which is not in dist/; its weight is not counted.');
    expect(lines.some((l) => l.startsWith('Layout shift: 1 element(s)'))).toBe(true);
  });
});
