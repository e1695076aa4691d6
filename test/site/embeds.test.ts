/**
 * Walks the chart registry through the built site: every chart id has an
 * embed page, an oEmbed response, SVG and PNG exports and data exports, and
 * the data exports hold exactly what the chart plots. Embed pages' weight is
 * checked with every other page's in budgets.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileSchema } from '../support/json-schema.ts';
import { safeCsvCell } from '../../src/lib/exports/csv-safe.ts';
import { parse } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadChartContext } from '../../src/lib/charts/chart-context.ts';
import { CHART_IDS, getChart } from '../../src/lib/charts/registry.ts';
import type { ChartData } from '../../src/schema.ts';
import { builtPage } from '../support/story-pages.ts';
import { distFile } from '../support/route-dist.ts';
import { panelProblems } from '../support/panel-rules.ts';

function dist(path: string): Buffer {
  const file = distFile(path);
  if (!file) throw new Error(`${path} was not built`);
  return readFileSync(file);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A value as the CSV writes it. */
/** What the CSV holds for a JSON value: lists joined with `;`, formula-like text defused (OWASP). */
function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return String(safeCsvCell(value.join(';')));
  return String(safeCsvCell(typeof value === 'number' ? value : String(value)));
}

describe.each(CHART_IDS)('chart %s', (id) => {
  it('has SVG, PNG and dark PNG exports, the PNGs at twice the SVG size', () => {
    const svg = new JSDOM(dist(`/charts/${id}.svg`).toString('utf8'), { contentType: 'image/svg+xml' }).window.document;
    expect(svg.querySelector('parsererror')).toBeNull();
    const root = svg.documentElement;
    expect(root.querySelector('title')?.textContent).toBeTruthy();
    const size = { width: Number(root.getAttribute('width')) * 2, height: Number(root.getAttribute('height')) * 2 };
    const [light, dark] = [dist(`/charts/${id}.png`), dist(`/charts/${id}.dark.png`)];
    expect(pngSize(light)).toEqual(size);
    expect(pngSize(dark)).toEqual(size);
    expect(light.equals(dark)).toBe(false);
  });

  it('has CSV and JSON exports whose rows are exactly the rows the chart plots', () => {
    const plotted = getChart(id).rows(loadChartContext());
    const json = JSON.parse(dist(`/data/${id}.json`).toString('utf8')) as ChartData;
    const csv = parse(dist(`/data/${id}.csv`).toString('utf8'), { columns: true }) as Record<string, string>[];
    expect(json.chart).toBe(id);
    expect(json.rows.map((r) => r.id)).toEqual(plotted.map((r) => r.id));
    expect(csv.map((r) => r.id)).toEqual(plotted.map((r) => r.id));
    for (const [i, row] of plotted.entries()) {
      for (const [key, value] of Object.entries(row)) {
        expect(json.rows[i]![key], `${row.id} ${key}`).toEqual(value ?? null);
        expect(csv[i]![key], `${row.id} ${key}`).toBe(csvText(value));
      }
      expect(csv[i]!.sources).toBe(row.sources.join(';'));
    }
    const validate = compileSchema(JSON.parse(dist('/data/chart.schema.json').toString('utf8')) as object);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
  });

  it('says how each exported row is drawn, and rows sharing a panel share measure, unit, status and period kind', () => {
    const json = JSON.parse(dist(`/data/${id}.json`).toString('utf8')) as ChartData;
    expect(json.fields).toEqual(expect.arrayContaining(['panel', 'mark', 'status']));
    expect(panelProblems(json.rows)).toEqual([]);
  });

  it('has an embed page with only the chart: noindex, canonical to the story, oEmbed, data and credit links', () => {
    const doc = builtPage(`/embed/${id}/`);
    expect(doc.documentElement.getAttribute('data-embed')).toBe(id);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).hash).toBe(`#chart-${id}`);
    const figures = doc.querySelectorAll('figure.chart');
    expect(figures.length).toBe(1);
    expect(figures[0]!.querySelectorAll('.chart-graphic svg').length).toBe(2);
    expect(figures[0]!.querySelector('.chart-graphic')!.getAttribute('aria-label')).toBeTruthy();
    expect(figures[0]!.querySelector('details.chart-table table')).not.toBeNull();
    expect(doc.querySelector('.chart-source a')).not.toBeNull();
    expect(doc.querySelector('nav, header, .story-footer, .scrolly')).toBeNull();
    const links = [...doc.querySelectorAll('.embed-footer a')].map((a) => a.getAttribute('href')!);
    expect(links).toContain(`/data/${id}.csv`);
    expect(links).toContain(`/#chart-${id}`);
    expect(builtPage('/').getElementById(`chart-${id}`)).not.toBeNull();
  });

  it('links a static oEmbed response: rich, with the iframe and a thumbnail that exists', () => {
    const doc = builtPage(`/embed/${id}/`);
    const href = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')!.getAttribute('href')!;
    const response = JSON.parse(dist(new URL(href).pathname).toString('utf8')) as Record<string, unknown>;
    expect(response).toMatchObject({ version: '1.0', type: 'rich' });
    expect(response.html).toMatch(new RegExp(`^<iframe src="[^"]+/embed/${id}/" title="[^"]+"`));
    expect(response.height).toBeGreaterThan(200);
    expect(pngSize(dist(new URL(response.thumbnail_url as string).pathname))).toEqual({ width: response.thumbnail_width, height: response.thumbnail_height });
  });

});

describe('embed codes', () => {
  it('sit under every chart in the story, each pointing at its embed page and the resize script', () => {
    const doc = builtPage('/');
    const steps = [...doc.querySelectorAll('.step')];
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const id = step.getAttribute('data-step-chart')!;
      const code = step.querySelector('.chart-share textarea.embed-code')?.textContent ?? '';
      expect(code, id).toMatch(new RegExp(`<iframe src="[^"]+/embed/${id}/" title="[^"]+" width="100%" height="\\d+" loading="lazy"`));
      expect(code, id).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>$/);
      for (const a of step.querySelectorAll('.chart-downloads a')) expect(distFile(a.getAttribute('href')!), a.getAttribute('href')!).not.toBeNull();
    }
  });

  it('are all on the /embed/ previewer, each with a live preview', () => {
    const doc = builtPage('/embed/');
    const frames = [...doc.querySelectorAll('.embed-preview iframe')].map((f) => f.getAttribute('src'));
    expect(frames).toEqual(CHART_IDS.map((id) => `/embed/${id}/`));
    expect(doc.querySelectorAll('.embed-entry textarea.embed-code').length).toBe(CHART_IDS.length);
  });

  it('warn on the previewer, when built without SITE_URL, that the codes point at a local preview', () => {
    // The site tests build without SITE_URL, so the codes point at localhost and the warning must show before them.
    const doc = builtPage('/embed/');
    expect(doc.querySelector('.local-preview')?.textContent).toMatch(/local preview.*SITE_URL/s);
    const html = doc.body.innerHTML;
    expect(html.indexOf('local-preview')).toBeLessThan(html.indexOf('embed-entry'));
  });

  it('rely on two small scripts', () => {
    for (const path of ['/embed.js', '/embed-frame.js']) {
      expect(existsSync(distFile(path) ?? ''), path).toBe(true);
      expect(gzipSync(dist(path)).length, path).toBeLessThan(1024);
    }
  });
});
