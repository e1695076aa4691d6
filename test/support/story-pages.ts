/** Reads the built story and source pages from `dist/` as DOM documents. */
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

/** The built page at a site path, `/` or `/sources/<id>/`. */
export function builtPage(path: string): Document {
  const file = `dist${path.replace(/\/?$/, '/')}index.html`;
  if (!existsSync(file)) throw new Error(`${file} was not built`);
  return new JSDOM(readFileSync(file, 'utf8')).window.document;
}

/** Splits `/sources/x/#fact-y` into the page path and the anchor. */
export function splitHref(href: string): { path: string; anchor: string } {
  const [path, anchor = ''] = href.split('#');
  return { path: path!, anchor };
}

/**
 * The story's prose with every rendered figure, credit, quote, chart and embed code cut
 * out: what is left was typed by an editor, and must hold no figures.
 */
export function typedProse(doc: Document): string {
  const clone = doc.querySelector('.scrolly-steps')!.cloneNode(true) as Element;
  for (const node of clone.querySelectorAll('.fact, .step-figure, figure, .chart-share')) node.remove();
  return clone.textContent ?? '';
}
