/**
 * No layout shift from charts or media: the browser must know every inline
 * `<svg>`, `<img>` and `<iframe>`'s box before it loads or draws, so each
 * needs its size (and an SVG its aspect ratio) in the markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { htmlPages } from './dist-pages.ts';

/** One element that can shift the layout, with the file it is in and how to fix it. */
export interface LayoutShiftProblem {
  file: string;
  /** The element's start tag, shortened, and its position among its kind in the file. */
  element: string;
  problem: string;
  fix: string;
}

const NUMBER = /^\d+(\.\d+)?$/;
const PERCENT = /^\d+(\.\d+)?%$/;

const isNumber = (value: string | null) => value !== null && NUMBER.test(value.trim());

/** A viewBox of four numbers with a positive size. */
function hasViewBox(svg: Element): boolean {
  const parts = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) && parts[2]! > 0 && parts[3]! > 0;
}

/** Names an element by its identifying attributes and its index among its kind. */
function describe(el: Element, index: number): string {
  const attrs = ['id', 'class', 'src', 'title', 'aria-label']
    .filter((name) => el.hasAttribute(name))
    .map((name) => ` ${name}="${el.getAttribute(name)!.slice(0, 60)}"`)
    .join('');
  return `<${el.localName}${attrs}> (${el.localName} #${index + 1})`;
}

/** What is wrong with an outermost `<svg>`'s sizing, or null. */
function svgProblem(svg: Element): Pick<LayoutShiftProblem, 'problem' | 'fix'> | null {
  const missing = ['width', 'height'].filter((name) => !isNumber(svg.getAttribute(name)));
  if (missing.length) return { problem: `has no numeric ${missing.join(' or ')} attribute`, fix: 'give the <svg> width and height attributes in user units, e.g. width="640" height="400"' };
  const aspect = /aspect-ratio\s*:/.test(svg.getAttribute('style') ?? '');
  if (!hasViewBox(svg) && !aspect) return { problem: 'has no viewBox, so it cannot scale to its box', fix: 'add viewBox="0 0 <width> <height>" matching its width and height' };
  return null;
}

/** What is wrong with an `<img>` or `<iframe>`'s sizing, or null. An iframe may be as wide as its column. */
function mediaProblem(el: Element): Pick<LayoutShiftProblem, 'problem' | 'fix'> | null {
  const width = el.getAttribute('width');
  const widthOk = isNumber(width) || (el.localName === 'iframe' && width !== null && PERCENT.test(width.trim()));
  const iframe = el.localName === 'iframe';
  const missing = [widthOk ? '' : iframe ? 'width (a number or a percentage)' : 'numeric width', isNumber(el.getAttribute('height')) ? '' : 'numeric height'].filter(Boolean);
  if (!missing.length) return null;
  const example = iframe ? 'width="100%" height="480"' : 'width="640" height="400"';
  return { problem: `has no ${missing.join(' or ')} attribute`, fix: `set width and height in the markup, e.g. ${example}` };
}

/** Every element in a parsed page that can shift the layout; `file` names the page in the messages. */
export function layoutShiftProblems(doc: Document, file: string): LayoutShiftProblem[] {
  const problems: LayoutShiftProblem[] = [];
  // A nested <svg> is laid out in its parent's coordinates, so only the outermost ones size a box on the page.
  const svgs = [...doc.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg'));
  for (const [i, svg] of svgs.entries()) {
    const found = svgProblem(svg);
    if (found) problems.push({ file, element: describe(svg, i), ...found });
  }
  for (const tag of ['img', 'iframe']) {
    for (const [i, el] of [...doc.querySelectorAll(tag)].entries()) {
      const found = mediaProblem(el);
      if (found) problems.push({ file, element: describe(el, i), ...found });
    }
  }
  return problems;
}

/** Every layout-shift problem in every HTML page under `distRoot`; files are dist-relative. */
export function distLayoutShiftProblems(distRoot: string): LayoutShiftProblem[] {
  return htmlPages(distRoot).flatMap((page) => {
    const html = readFileSync(join(distRoot, page), 'utf8');
    // A page with none of the elements checked has nothing to find; skipping its DOM keeps 2,000 source pages cheap.
    if (!/<(?:svg|img|iframe)\b/i.test(html)) return [];
    const dom = new JSDOM(html);
    const problems = layoutShiftProblems(dom.window.document, page);
    dom.window.close();
    return problems;
  });
}

/** One problem as a line: file, element, what is wrong, the fix. */
export function formatLayoutShiftProblem(p: LayoutShiftProblem): string {
  return `${p.file}: ${p.element} ${p.problem}. Fix: ${p.fix}.`;
}
