import { describe, expect, it } from 'vitest';
import { PAD } from '../../src/lib/exports/export-layout.ts';
import { EXPORT_PALETTES } from '../../src/lib/exports/export-palette.ts';
import { renderPng } from '../../src/lib/exports/render-png.ts';
import { standaloneSvg } from '../../src/lib/exports/standalone-svg.ts';
import { fixtureView, options } from './export-fixture.ts';
import { decodePng, PNG_SIGNATURE, pngSize } from './png-pixels.ts';

const view = fixtureView('freight-trains');
const svg = { light: standaloneSvg(view, options('light')), dark: standaloneSvg(view, options('dark')) };
/** The export's own size, from its root element's attributes. */
const size = { width: Number(/ width="(\d+)"/.exec(svg.light)![1]), height: Number(/ height="(\d+)"/.exec(svg.light)![1]) };
const png = { light: await renderPng(svg.light), dark: await renderPng(svg.dark) };
const pixels = { light: decodePng(png.light), dark: decodePng(png.dark) };

const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tolerance = 12) => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]!) <= tolerance);

describe('renderPng', () => {
  it('writes a PNG at twice the size of the SVG', () => {
    expect([...png.light.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png.light)).toEqual({ width: 2 * size.width, height: 2 * size.height });
    expect(pngSize(png.dark)).toEqual(pngSize(png.light));
  });

  it('renders at another scale when asked', async () => {
    expect(pngSize(await renderPng(svg.light, 1))).toEqual(size);
  });

  it('renders light and dark differently, each on its background', () => {
    expect(Buffer.from(png.light).equals(Buffer.from(png.dark))).toBe(false);
    expect(near(pixels.light.at(4, 4), hex(EXPORT_PALETTES.light.bg))).toBe(true);
    expect(near(pixels.dark.at(4, 4), hex(EXPORT_PALETTES.dark.bg))).toBe(true);
    expect(luminance(pixels.light.at(4, 4))).toBeGreaterThan(200);
    expect(luminance(pixels.dark.at(4, 4))).toBeLessThan(50);
  });

  it("paints the chart's accent marks in the theme's accent colour", () => {
    for (const theme of ['light', 'dark'] as const) {
      const accent = hex(EXPORT_PALETTES[theme].accent);
      const { width, height, at } = pixels[theme];
      let count = 0;
      for (let y = 0; y < height; y += 2) for (let x = 0; x < width; x += 2) if (near(at(x, y), accent, 6)) count++;
      expect(count, theme).toBeGreaterThan(1000);
    }
  });

  it('draws text: the title band holds foreground pixels', () => {
    const fg = hex(EXPORT_PALETTES.light.fg);
    const { width, at } = pixels.light;
    let inked = 0;
    for (let y = 2 * PAD; y < 2 * (PAD + 28); y++) for (let x = 0; x < width; x++) if (near(at(x, y), fg, 40)) inked++;
    expect(inked).toBeGreaterThan(500);
  });

  it('leaves the margins empty: no text or mark runs off the page', () => {
    for (const theme of ['light', 'dark'] as const) {
      const bg = hex(EXPORT_PALETTES[theme].bg);
      const { width, height, at } = pixels[theme];
      const strays: string[] = [];
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const inMargin = x < 2 * PAD || x >= width - 2 * PAD || y < 2 * PAD || y >= height - 2 * PAD;
          if (inMargin && !near(at(x, y), bg, 2)) strays.push(`${x},${y}`);
        }
      }
      expect(strays.slice(0, 5), theme).toEqual([]);
    }
  });
});

describe('renderPng on a very tall chart', () => {
  it('draws it no taller than the cap, instead of failing in resvg', async () => {
    const { MAX_PNG_HEIGHT } = await import('../../src/lib/exports/render-png.ts');
    const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60000" viewBox="0 0 400 60000"><rect width="400" height="60000" fill="#eee"/></svg>`;
    const png = await renderPng(tall);
    // PNG header: width and height are big-endian at bytes 16 and 20.
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(20)).toBeLessThanOrEqual(MAX_PNG_HEIGHT);
    expect(view.getUint32(16)).toBeGreaterThan(0);
  });
});
