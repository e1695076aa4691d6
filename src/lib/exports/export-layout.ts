/**
 * Where everything in a static export goes: the title and takeaway above
 * the chart, the notes under it, then a hairline and the source, the
 * not-verified line and the credit. Pure arithmetic on estimated text
 * widths, so the SVG needs no browser to lay itself out.
 */
import { wrapText, type TextWeight } from './wrap-text.ts';

/** Width in px the chart is drawn at for an export; the image adds {@link PAD} each side. */
export const EXPORT_CHART_WIDTH = 720;
/** Margin around everything, in px. */
export const PAD = 24;

/** What a line of text is, which sets its type. */
export type TextRole = 'title' | 'takeaway' | 'note' | 'footer';

/** How one role is set: size and line height in px, weight, and palette tone. */
export interface TextStyle {
  size: number;
  lineHeight: number;
  weight: TextWeight;
  tone: 'fg' | 'muted';
}

/** The type of each role: a clear hierarchy at 720 px, the small lines as big as the chart's own labels. */
export const TEXT_STYLES: Readonly<Record<TextRole, TextStyle>> = {
  title: { size: 22, lineHeight: 28, weight: 'bold', tone: 'fg' },
  takeaway: { size: 16, lineHeight: 22, weight: 'regular', tone: 'muted' },
  note: { size: 13, lineHeight: 18, weight: 'regular', tone: 'muted' },
  footer: { size: 13, lineHeight: 18, weight: 'regular', tone: 'muted' },
};

/** Indent of a note's text after its bullet. */
const BULLET_INDENT = 14;
/** Vertical gaps in px between the blocks. */
const GAP = { afterTitle: 4, aboveChart: 16, belowChart: 16, betweenNotes: 2, aroundRule: 12 } as const;

/** The words around the chart, already composed into sentences. */
export interface ExportText {
  title: string;
  takeaway: string;
  notes: readonly string[];
  /** Lines under the hairline, in order: the source line, the not-verified line, the credit. */
  footer: readonly string[];
}

/** One line of text at its position; `y` is the baseline. */
export interface PlacedLine {
  role: TextRole;
  text: string;
  x: number;
  y: number;
}

/** The whole image, in px. */
export interface ExportLayout {
  width: number;
  height: number;
  lines: PlacedLine[];
  chart: { x: number; y: number; width: number; height: number };
  /** Vertical position of the hairline above the footer. */
  ruleY: number;
}

/** Baseline of a line whose box starts at `top`: the cap height (about 0.66 em) centred in the line box. */
function baseline(top: number, style: TextStyle): number {
  return Math.round((top + (style.lineHeight + 0.66 * style.size) / 2) * 10) / 10;
}

/** Lays out the image around a chart of `chart.width` × `chart.height` px. */
export function layoutExport(text: ExportText, chart: { width: number; height: number }): ExportLayout {
  const width = chart.width + 2 * PAD;
  const measure = width - 2 * PAD;
  const lines: PlacedLine[] = [];
  let y = PAD;
  const block = (role: TextRole, words: string, x = PAD, room = measure): void => {
    const style = TEXT_STYLES[role];
    for (const line of wrapText(words, room, style.size, style.weight)) {
      lines.push({ role, text: line, x, y: baseline(y, style) });
      y += style.lineHeight;
    }
  };

  block('title', text.title);
  y += GAP.afterTitle;
  block('takeaway', text.takeaway);
  y += GAP.aboveChart;
  const placed = { x: PAD, y, width: chart.width, height: chart.height };
  y += chart.height + GAP.belowChart;
  text.notes.forEach((note, i) => {
    if (i > 0) y += GAP.betweenNotes;
    lines.push({ role: 'note', text: '•', x: PAD, y: baseline(y, TEXT_STYLES.note) });
    block('note', note, PAD + BULLET_INDENT, measure - BULLET_INDENT);
  });
  if (text.notes.length) y += GAP.aroundRule;
  const ruleY = y;
  y += GAP.aroundRule;
  for (const line of text.footer) block('footer', line);
  return { width, height: Math.ceil(y + PAD), lines, chart: placed, ruleY };
}
