/**
 * A chart as a self-contained SVG document, for newsrooms whose CMS takes
 * no iframes: title, takeaway, the chart, notes, source and credit, with
 * the theme's colours and a safe font stack written into the file, since
 * no page CSS will be around it. The PNGs are rendered from the same text.
 */
import escapeHtml from 'escape-html';
import type { ChartView } from '../charts/chart-view.ts';
import type { Theme } from '../embed/chart-urls.ts';
import { layoutExport, TEXT_STYLES, type ExportLayout, type ExportText, type TextRole } from './export-layout.ts';
import { EXPORT_PALETTES, type ExportPalette } from './export-palette.ts';
import type { ExportWords } from './export-words.ts';

/** Source Sans 3 first (what the PNGs are set in), then faces every system has. */
export const SAFE_FONT_STACK = "'Source Sans 3', system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** What an export needs besides the chart view. */
export interface StandaloneOptions {
  theme: Theme;
  words: ExportWords;
  /** Absolute URL of the chart in the story, printed in the credit line. */
  storyUrl: string;
}

/** The words under the chart: source line (when there is anything to credit), not-verified line, credit. */
export function footerLines(view: Pick<ChartView, 'sources' | 'moreSources' | 'attribution'>, words: ExportWords, storyUrl: string): string[] {
  const credits = [...view.sources.map((s) => s.credit), ...(view.moreSources ? [words.otherSources] : []), ...(view.attribution ? [view.attribution] : [])];
  return [
    ...(credits.length ? [`${words.sourceLine} ${credits.join('; ')}`] : []),
    words.notVerified,
    `${words.credit} ${words.siteTitle} — ${storyUrl}`,
  ];
}

const CHART_ROOT = /^<svg\b([^>]*)>/;

/** Width and height of the chart's root `<svg>`, from its attributes. */
export function chartSize(svg: string): { width: number; height: number } {
  const attrs = CHART_ROOT.exec(svg.trim())?.[1] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(attrs)?.[1] ?? NaN);
  const size = { width: read('width'), height: read('height') };
  if (!(size.width > 0 && size.height > 0)) {
    throw new Error('standalone-svg: the chart SVG has no width and height. Fix: pass the `svg` of a chartView, which Plot sizes');
  }
  return size;
}

/**
 * The chart's `<svg>` placed at `box` as a child of the export: its marks
 * untouched, its colour the theme's, its font the safe stack. HTML's `&nbsp;`, which
 * XML does not know, becomes a character reference.
 */
function nestChart(svg: string, box: ExportLayout['chart'], palette: ExportPalette): string {
  const trimmed = svg.trim();
  const attrs = (CHART_ROOT.exec(trimmed)?.[1] ?? '')
    .replace(/\s(?:x|y|width|height|color|font-family|xmlns)="[^"]*"/g, '');
  const open = `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" color="${palette.fg}" font-family="${SAFE_FONT_STACK}"${attrs}>`;
  return pinCurrentColor(`${open}${trimmed.replace(CHART_ROOT, '')}`).replaceAll('&nbsp;', '&#160;');
}

/** Classes that recolour a group of marks, as `src/styles/chart.css` defines them. */
const COLOUR_CLASS = /\sclass="(?:[^"]*\s)?(?:accent|from|dim|area-label)(?:\s[^"]*)?"/;

/**
 * Gives every recoloured group that inherits its fill a `fill="currentColor"`
 * of its own. Browsers resolve an inherited `currentColor` where it is used
 * (CSS Color 4), but resvg and older renderers resolve it where it was
 * declared, on the chart's root, and would paint accent bars in the text
 * colour. Declaring it on the group means the same in both.
 */
export function pinCurrentColor(svg: string): string {
  return svg.replace(/<(g|rect|circle|path|text|line)\b([^>]*)>/g, (tag: string, name: string, attrs: string) =>
    COLOUR_CLASS.test(attrs) && !/\sfill="/.test(attrs) ? `<${name} fill="currentColor"${attrs}>` : tag);
}

/** The rules `src/styles/chart.css` gives chart marks, resolved for one theme. */
function chartStyle(palette: ExportPalette): string {
  return `text{white-space:pre}.accent{color:${palette.accent}}.area-label{color:${palette.muted}}.dim{color:${palette.dim}}.from{color:${palette.bg}}`;
}

/** The layout's lines of the given roles as `<text>` elements. */
function textLines(layout: ExportLayout, palette: ExportPalette, roles: readonly TextRole[]): string[] {
  return layout.lines.filter((line) => roles.includes(line.role)).map(({ role, text, x, y }) => {
    const style = TEXT_STYLES[role];
    const weight = style.weight === 'bold' ? ' font-weight="bold"' : '';
    return `<text x="${x}" y="${y}" font-size="${style.size}"${weight} fill="${palette[style.tone]}">${escapeHtml(text)}</text>`;
  });
}

function exportLayout(view: ChartView, options: Omit<StandaloneOptions, 'theme'>): ExportLayout {
  const text: ExportText = {
    title: view.title,
    takeaway: view.takeaway,
    notes: view.selection ? [...view.notes, options.words.drawnSubset] : view.notes,
    footer: footerLines(view, options.words, options.storyUrl),
  };
  return layoutExport(text, chartSize(view.svg));
}

/** The size in px of the standalone SVG of `view`; the PNGs are twice as large. */
export function exportSize(view: ChartView, options: Omit<StandaloneOptions, 'theme'>): { width: number; height: number } {
  const { width, height } = exportLayout(view, options);
  return { width, height };
}

/** A complete, standalone SVG document of the chart `view` in `options.theme`. */
export function standaloneSvg(view: ChartView, options: StandaloneOptions): string {
  const palette = EXPORT_PALETTES[options.theme];
  const layout = exportLayout(view, options);
  const { width, height } = layout;
  const ids = { title: `${view.id}-export-title`, desc: `${view.id}-export-desc` };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${ids.title} ${ids.desc}" font-family="${SAFE_FONT_STACK}" color="${palette.fg}">`,
    `<title id="${ids.title}">${escapeHtml(view.title)}</title>`,
    `<desc id="${ids.desc}">${escapeHtml(view.alt)}</desc>`,
    `<style>${chartStyle(palette)}</style>`,
    `<rect width="${width}" height="${height}" fill="${palette.bg}"/>`,
    // Document order is reading order: words above, the chart, notes, then the footer under its hairline.
    ...textLines(layout, palette, ['title', 'takeaway']),
    nestChart(view.svg, layout.chart, palette),
    ...textLines(layout, palette, ['note']),
    `<line x1="${layout.chart.x}" x2="${width - layout.chart.x}" y1="${layout.ruleY}" y2="${layout.ruleY}" stroke="${palette.rule}"/>`,
    ...textLines(layout, palette, ['footer']),
    '</svg>',
    '',
  ].join('\n');
}
