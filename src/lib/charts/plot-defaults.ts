/**
 * What every chart shares: font size, margins and colour conventions.
 *
 * Colours: marks draw in `currentColor`, so a chart follows the page's
 * light or dark theme. A mark that should stand out gets the class
 * {@link ACCENT}; the page's CSS sets its `color` to the theme's accent.
 * A mark the active story step is not about gets {@link DIM}.
 */
import type { PlotOptions } from '@observablehq/plot';
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
