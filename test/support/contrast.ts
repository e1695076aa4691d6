/**
 * WCAG 2 contrast, for the chart marks axe does not look at: SVG text and
 * data marks drawn in `currentColor` with opacity, over the page's background.
 */
import { rgb } from 'd3';

/** A chart element as the browser painted it. */
export interface PaintedMark {
  /** What it is, for the failure message: `text "Horgos"`, `rect`. */
  label: string;
  /** Computed colour it is painted in (fill, or stroke where there is no fill). */
  colour: string;
  /** Product of the opacities of it and its ancestors, times its fill or stroke opacity. */
  opacity: number;
  /** Computed background colour behind it. */
  background: string;
  /** Whether it is text (4.5:1 needed) or a graphic (3:1, WCAG 1.4.11). */
  text: boolean;
}

function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The colour `colour` at `opacity` shows as over `background`. */
export function blend(colour: string, opacity: number, background: string): string {
  const fg = rgb(colour);
  const bg = rgb(background);
  const a = opacity * (Number.isFinite(fg.opacity) ? fg.opacity : 1);
  return rgb(fg.r * a + bg.r * (1 - a), fg.g * a + bg.g * (1 - a), fg.b * a + bg.b * (1 - a)).formatHex();
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The marks below their WCAG minimum, as messages naming the mark, its colours and the ratio. */
export function contrastProblems(marks: readonly PaintedMark[]): string[] {
  return marks.flatMap((mark) => {
    const shown = blend(mark.colour, mark.opacity, mark.background);
    const ratio = contrastRatio(shown, rgb(mark.background).formatHex());
    const needed = mark.text ? 4.5 : 3;
    return ratio + 1e-9 >= needed ? [] : [`${mark.label}: ${ratio.toFixed(2)}:1 (needs ${needed}:1), ${mark.colour} at opacity ${mark.opacity.toFixed(2)} on ${mark.background}`];
  });
}
