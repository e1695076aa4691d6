/**
 * What every chart shares: font size, margins and colour conventions.
 *
 * Colours: marks draw in `currentColor`, so a chart follows the page's
 * light or dark theme. A mark that should stand out gets the class
 * {@link ACCENT}; the page's CSS sets its `color` to the theme's accent.
 * A mark the active story step is not about gets {@link DIM}.
 */
import type { Markish, PlotOptions } from '@observablehq/plot';
import type { ChartOptions } from './chart-types.ts';

/** Class for the marks the chart is about. */
export const ACCENT = 'accent';
/** Class for marks outside the story step's focus. */
export const DIM = 'dim';
/** Chart text size in px at the default width; legible on a 375 px phone. */
export const FONT_SIZE = 13;

/** The base of every chart's Plot spec. */
export function baseSpec(options: ChartOptions): PlotOptions {
  return {
    width: options.width,
    // An SVG is transparent unless styled, and render-svg drops Plot's <style>, so no background is set.
    style: { fontSize: `${FONT_SIZE}px`, fontFamily: 'system-ui, sans-serif', overflow: 'visible' },
  };
}

/**
 * The marks for a set of items split by a story step's focus: the rest,
 * with {@link DIM} added to `base`, then the items in focus on top with
 * `base` alone. One mark per state, so a dimmed item gets its class without
 * a mark of its own. With no focus, `inFocus` holds for every item.
 */
export function byFocus<T>(items: readonly T[], inFocus: (item: T) => boolean, base: string | undefined, mark: (items: T[], className: string | undefined) => Markish): Markish[] {
  const focused = items.filter(inFocus);
  const rest = items.filter((item) => !inFocus(item));
  return [rest.length ? mark(rest, [base, DIM].filter(Boolean).join(' ')) : null, focused.length ? mark(focused, base) : null];
}
