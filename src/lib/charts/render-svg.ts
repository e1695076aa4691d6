/**
 * Plot spec in, SVG text out, on the server: Plot draws into a jsdom
 * document, so no browser is needed and the page ships no chart JavaScript.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { JSDOM } from 'jsdom';

const GEOMETRY_ATTRS = /\b(d|points|transform|x|y|x1|x2|y1|y2|width|height|cx|cy|r|dx|dy|viewBox)="([^"]*)"/g;
const LONG_DECIMAL = /-?\d+\.\d{2,}/g;

/** Rounds the numbers in geometry attributes to 0.1 px: smaller files, no visible change. */
export function roundGeometry(svg: string): string {
  return svg.replace(GEOMETRY_ATTRS, (_, name: string, value: string) =>
    `${name}="${value.replace(LONG_DECIMAL, (n) => String(Math.round(Number(n) * 10) / 10))}"`);
}

/** Style properties that SVG also takes as presentation attributes. */
const PRESENTATION = new Set(['font-size', 'font-family', 'font-weight', 'overflow', 'color', 'fill', 'stroke']);

/**
 * Moves the root's inline `style` into presentation attributes, so the page's
 * Content-Security-Policy needs no `'unsafe-inline'` for styles.
 */
export function styleToAttributes(svg: Element): void {
  const style = (svg as SVGElement).style;
  for (const name of [...style]) {
    const value = style.getPropertyValue(name);
    if (PRESENTATION.has(name)) svg.setAttribute(name, value);
    else {
      throw new Error(`render-svg: the chart's style sets "${name}: ${value}", which an SVG attribute cannot carry and the CSP blocks inline. Fix: set it in src/styles/chart.css`);
    }
  }
  svg.removeAttribute('style');
}

/**
 * Renders a Plot spec to an `<svg>` string. The SVG keeps Plot's width and
 * height as a viewBox so it scales to its container without layout shift.
 */
export function renderSvg(spec: PlotOptions): string {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const node = Plot.plot({ ...spec, document: document as unknown as Document });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error('render-svg: Plot returned no <svg>. Fix: do not pass `title`, `subtitle` or `caption` to Plot; the chart frame draws those');
  // Plot's own <style> only sets defaults that src/styles/chart.css already sets; dropping it keeps every
  // SVG smaller and the page free of inline styles.
  svg.querySelector('style')?.remove();
  styleToAttributes(svg);
  // Plot names each mark's group after its type ("rule", "dot"). That says nothing to a reader, the figure's
  // alt text and data table carry the meaning, and ARIA forbids a label on a <g> without a role.
  for (const group of svg.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label');
  return roundGeometry(svg.outerHTML);
}
