/**
 * The colours of a static export, per theme. An exported image has no page
 * CSS around it, so it carries the site's palette itself: these are the
 * light and dark values of `--bg`, `--fg`, `--muted`, `--rule`,
 * `--accent` and `--dim` in `src/styles/theme.css` (a test keeps them in step).
 */
import type { Theme } from '../embed/chart-urls.ts';

/** The theme colours an export draws with. */
export interface ExportPalette {
  /** The image background, and the knock-out colour of a `from` tick. */
  bg: string;
  /** Text and chart marks. */
  fg: string;
  /** The takeaway, notes and source lines. */
  muted: string;
  /** The hairline above the source lines. */
  rule: string;
  /** Marks the chart is about (class `accent`). */
  accent: string;
  /** Marks outside a story step's focus (class `dim`). */
  dim: string;
}

/** Both themes, as the site's light and dark schemes. */
export const EXPORT_PALETTES: Readonly<Record<Theme, ExportPalette>> = {
  light: { bg: '#fdfdfc', fg: '#1b1b1b', muted: '#555555', rule: '#d8d8d4', accent: '#b3261e', dim: '#737373' },
  dark: { bg: '#151515', fg: '#ececec', muted: '#b4b4b4', rule: '#3a3a3a', accent: '#ff8f80', dim: '#828282' },
};

