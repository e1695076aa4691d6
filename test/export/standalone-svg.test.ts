import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ChartView } from '../../src/lib/charts/chart-view.ts';
import { EXPORT_CHART_WIDTH, PAD } from '../../src/lib/exports/export-layout.ts';
import { EXPORT_PALETTES } from '../../src/lib/exports/export-palette.ts';
import { chartSize, footerLines, pinCurrentColor, SAFE_FONT_STACK, standaloneSvg } from '../../src/lib/exports/standalone-svg.ts';
import { textWidth } from '../../src/lib/exports/wrap-text.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';
import { fixtureView, options, SPECIAL_TITLE, WORDS } from './export-fixture.ts';

const { DOMParser } = new JSDOM('').window;
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const isWellFormed = (svg: string) => parse(svg).getElementsByTagName('parsererror').length === 0;
const num = (el: Element, name: string) => Number(el.getAttribute(name));
/** The export's own lines of text: the root's `<text>` children, not the chart's. */
const ownTexts = (doc: Document) => [...doc.documentElement.children].filter((el) => el.tagName === 'text');

const bars = fixtureView('freight-trains');
const map = fixtureView('locator-map');
const light = standaloneSvg(bars, options('light'));
const doc = parse(light);

describe('standaloneSvg', () => {
  it('matches its snapshots, a bar chart and the locator map', async () => {
    await expect(normalizeSvg(light)).toMatchFileSnapshot('./__snapshots__/freight-trains.svg');
    await expect(normalizeSvg(standaloneSvg(map, options('light', 'locator-map')))).toMatchFileSnapshot('./__snapshots__/locator-map.svg');
  });

  it('is well-formed XML, and the check catches a document that is not', () => {
    expect(isWellFormed(light)).toBe(true);
    expect(isWellFormed(standaloneSvg(map, options('dark', 'locator-map')))).toBe(true);
    expect(isWellFormed(light.replace('&amp;', '&'))).toBe(false);
  });

  it('is a sized SVG document on a background of the theme', () => {
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const [width, height] = [num(root, 'width'), num(root, 'height')];
    expect(width).toBe(EXPORT_CHART_WIDTH + 2 * PAD);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    const background = root.querySelector(':scope > rect')!;
    expect([num(background, 'width'), num(background, 'height'), background.getAttribute('fill')]).toEqual([width, height, EXPORT_PALETTES.light.bg]);
  });

  it('carries the title and the alt text for assistive technology, with special characters escaped', () => {
    expect(doc.querySelector('title')!.textContent).toBe(SPECIAL_TITLE);
    expect(doc.querySelector('desc')!.textContent).toBe(bars.alt);
    expect(light).toContain('Trains &amp; &lt;trucks&gt; through &quot;Xinjiang&quot;');
    expect(light).not.toContain('<trucks>');
    const labelled = doc.documentElement.getAttribute('aria-labelledby')!.split(' ');
    expect(labelled.map((id) => doc.getElementById(id)?.tagName)).toEqual(['title', 'desc']);
  });

  it('prints the title, takeaway, every source credit, the attribution, the not-verified line and the credit', () => {
    const printed = ownTexts(doc).map((t) => t.textContent).join(' ');
    expect(printed).toContain(SPECIAL_TITLE);
    expect(printed).toContain(bars.takeaway);
    expect(bars.sources.length).toBeGreaterThan(0);
    for (const source of bars.sources) expect(printed).toContain(source.credit);
    expect(printed).toContain(WORDS.notVerified);
    expect(printed).toContain(`${WORDS.credit} ${WORDS.siteTitle} — https://example.org/ports/#chart-freight-trains`);
    const mapDoc = parse(standaloneSvg(map, options('light', 'locator-map')));
    const mapText = ownTexts(mapDoc).map((t) => t.textContent).join(' ');
    for (const note of map.notes) expect(mapText).toContain(note);
    expect(map.sources.length).toBeGreaterThan(1);
    expect(mapText).toContain(`${WORDS.sourceLine} ${map.sources.map((s) => s.credit).join('; ')}; ${map.attribution!.split(' ')[0]}`);
  });

  it('nests the chart unchanged inside, in the theme colour and the safe font stack', () => {
    const chart = doc.querySelector(':scope > svg')!;
    const original = new JSDOM(bars.svg).window.document.querySelector('svg')!;
    expect(chart.getAttribute('viewBox')).toBe(original.getAttribute('viewBox'));
    expect([num(chart, 'width'), num(chart, 'height')]).toEqual([num(original, 'width'), num(original, 'height')]);
    expect(num(chart, 'x')).toBe(PAD);
    expect(chart.getAttribute('color')).toBe(EXPORT_PALETTES.light.fg);
    expect(chart.getAttribute('font-family')).toBe(SAFE_FONT_STACK);
    expect(chart.getAttribute('style')).toBeNull();
    expect(doc.documentElement.getAttribute('font-family')).toBe(SAFE_FONT_STACK);
    expect(chart.querySelectorAll('rect > title').length).toBe(original.querySelectorAll('rect > title').length);
    expect(original.querySelectorAll('rect > title').length).toBeGreaterThan(0);
    expect([...chart.querySelectorAll('text')].map((t) => t.textContent)).toEqual([...original.querySelectorAll('text')].map((t) => t.textContent));
  });

  it("resolves the site's chart CSS for the theme: accent, area labels, dim and from", () => {
    const style = doc.querySelector('style')!.textContent!;
    expect(style).toContain(`.accent{color:${EXPORT_PALETTES.light.accent}}`);
    expect(style).toContain(`.from{color:${EXPORT_PALETTES.light.bg}}`);
    expect(style).toContain(`.dim{color:${EXPORT_PALETTES.light.dim}}`);
    expect(style).toContain(`.area-label{color:${EXPORT_PALETTES.light.muted}}`);
    expect(style.indexOf('.dim{')).toBeGreaterThan(style.indexOf('.area-label{'));
    for (const group of doc.querySelectorAll('svg svg g.accent')) expect(group.getAttribute('fill')).toBeTruthy();
  });

  it('differs between light and dark only in its colours', () => {
    const dark = standaloneSvg(bars, options('dark'));
    expect(dark).not.toBe(light);
    const neutral = (svg: string, theme: 'light' | 'dark') =>
      Object.entries(EXPORT_PALETTES[theme]).reduce((s, [role, colour]) => s.replaceAll(colour, `{${role}}`), svg);
    expect(neutral(dark, 'dark')).toBe(neutral(light, 'light'));
  });

  it('keeps every line of text inside the margins by the width estimate, and wraps a long title', () => {
    const long: ChartView = { ...bars, title: `${SPECIAL_TITLE}, ${bars.takeaway}`, notes: [bars.takeaway.repeat(3)] };
    for (const view of [bars, map, long]) {
      const page = parse(standaloneSvg(view, options('light')));
      const width = num(page.documentElement, 'width');
      const height = num(page.documentElement, 'height');
      for (const text of ownTexts(page)) {
        const weight = text.getAttribute('font-weight') === 'bold' ? 'bold' : 'regular';
        expect(num(text, 'x') + textWidth(text.textContent!, num(text, 'font-size'), weight), text.textContent!).toBeLessThanOrEqual(width - PAD);
        expect(num(text, 'y')).toBeLessThanOrEqual(height - PAD);
      }
    }
    const titleLines = ownTexts(parse(standaloneSvg(long, options('light')))).filter((t) => t.getAttribute('font-size') === '22');
    expect(titleLines.length).toBeGreaterThan(1);
  });

  it('places the chart below the words above it and the notes below the chart', () => {
    const page = parse(standaloneSvg(map, options('light', 'locator-map')));
    const chart = page.querySelector(':scope > svg')!;
    const top = num(chart, 'y');
    const bottom = top + num(chart, 'height');
    const texts = ownTexts(page);
    const takeaway = texts.filter((t) => t.getAttribute('font-size') === '16');
    for (const t of takeaway) expect(num(t, 'y')).toBeLessThan(top);
    for (const t of texts.filter((t) => t.getAttribute('font-size') === '13')) expect(num(t, 'y')).toBeGreaterThan(bottom);
  });

  it('writes HTML-only entities of the chart as XML character references', () => {
    const svg = standaloneSvg({ ...bars, svg: bars.svg.replace('4,200', '4,200&nbsp;') }, options('light'));
    expect(svg).toContain('&#160;');
    expect(isWellFormed(svg)).toBe(true);
  });
});

describe('footerLines', () => {
  it('leaves out the source line when there is nothing to credit', () => {
    expect(footerLines({ sources: [], moreSources: null, attribution: null }, WORDS, 'u')).toEqual([WORDS.notVerified, `${WORDS.credit} ${WORDS.siteTitle} — u`]);
    expect(footerLines({ sources: [], moreSources: null, attribution: 'Natural Earth' }, WORDS, 'u')[0]).toBe('Source: Natural Earth');
  });
});

describe('chartSize and pinCurrentColor', () => {
  it('reads the chart size, and names the fix when there is none', () => {
    expect(chartSize(bars.svg)).toEqual({ width: EXPORT_CHART_WIDTH, height: expect.any(Number) });
    expect(() => chartSize('<div></div>')).toThrow(/chartView/);
  });

  it('declares currentColor on recoloured groups that inherit their fill, and leaves the rest alone', () => {
    expect(pinCurrentColor('<g class="accent"><rect/></g>')).toBe('<g fill="currentColor" class="accent"><rect/></g>');
    expect(pinCurrentColor('<g class="label accent dim">')).toBe('<g fill="currentColor" class="label accent dim">');
    expect(pinCurrentColor('<g class="accent" fill="none">')).toBe('<g class="accent" fill="none">');
    expect(pinCurrentColor('<g class="accented">')).toBe('<g class="accented">');
  });
});
