import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { baseSpec } from '../../src/lib/charts/plot-defaults.ts';
import { renderSvg } from '../../src/lib/charts/render-svg.ts';

const dots = Plot.dot([{ x: 1, y: 2 }], { x: 'x', y: 'y' });

describe('renderSvg', () => {
  it('carries the base style as presentation attributes, so the CSP needs no inline styles', () => {
    const svg = renderSvg({ ...baseSpec({ width: 300, focus: null }), marks: [dots] });
    const root = /^<svg[^>]*>/.exec(svg)![0];
    expect(root).not.toContain('style=');
    expect(root).toContain('font-size="13px"');
    expect(root).toContain('overflow="visible"');
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('aria-label');
  });

  it('names the property and the fix when a style has no attribute form', () => {
    expect(() => renderSvg({ width: 300, style: { background: 'white' }, marks: [dots] }))
      .toThrow(/style sets "background[^"]*".*Fix: set it in src\/styles\/chart\.css/);
  });
});
