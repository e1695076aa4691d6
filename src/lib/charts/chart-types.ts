/**
 * The contract every chart module meets. A chart is a pure function: the
 * extracted data and a few options in, rows and a Plot spec out. Nothing
 * here touches the file system or the DOM; `render-svg.ts` does the DOM.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Corridors, FactsFile, MeasureLabels, Place, Source, TimelineLabels, UiLabels } from '../../schema.ts';
import type { Basemap } from './basemap-types.ts';

/** Everything a chart may read. Built once per build by `chart-context.ts`. */
export interface ChartContext {
  data: FactsFile;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  /** Country outlines and the Xinjiang outline, for the locator map. */
  basemap: Basemap;
  /** The hub system and the corridors leaving it, for the locator map. */
  corridors: Corridors;
  /** The words charts print: measure names and interface labels, from `content/`. */
  words: ChartWords;
  /**
   * Ids the story cites or focuses on (`content/story/`): a row budget
   * keeps these rows besides what it would draw, so the chart beside a
   * sentence always shows the figure the sentence cites.
   */
  pinned: ReadonlySet<string>;
}

/** Copy a chart needs; charts hold no prose of their own. */
export interface ChartWords {
  measures: MeasureLabels;
  labels: UiLabels;
  /** The editor's timeline label for each event id, `content/timeline.yaml`. */
  events: TimelineLabels;
}

/** Options that change how a chart draws, never what it shows. */
export interface ChartOptions {
  /** Width of the SVG in px; the SVG scales to its container from there. */
  width: number;
  /**
   * The story step's state: a place id, measure or other key the chart
   * emphasises, dimming the rest. Null shows everything evenly.
   */
  focus: string | null;
}

/** One cell of a data-table row: text or a number, or null when not stated. */
export type Cell = string | number | null;

/**
 * How a row is drawn: a `bar` among others on its panel's one scale, a point
 * on a `line` (a series over comparable periods), a `dot` (another value a
 * source gave for a period already on the line), a `number` card (a figure
 * with nothing comparable beside it), an `event` on the timeline, or a place
 * on the `map`.
 */
export type ChartMark = 'bar' | 'line' | 'dot' | 'number' | 'event' | 'map';

/** A row the chart plots. Its `id`, a fact's or an event's, ties it to its evidence. */
export interface ChartRow {
  /** The fact or event the row shows. */
  id: string;
  /** Source ids whose evidence supports the row. */
  sources: string[];
  /**
   * The panel the row is drawn on: rows that share it share one scale, and so
   * one measure, unit, status and kind of period (`panels.ts`).
   */
  panel: string;
  mark: ChartMark;
  /** The fact's status (`actual`, `planned`, …), or null for an event or a place. */
  status: string | null;
  [column: string]: Cell | string[] | boolean | undefined;
}

/** A column of the data table, CSV and JSON exports. */
export interface ChartColumn {
  key: string;
  /** Column header; kept short, it is also the CSV header. */
  label: string;
}

/** A chart module: registered under its id in `registry.ts`. */
export interface ChartModule<Row extends ChartRow = ChartRow> {
  /** The chart id: names the module file, embed route, CSV, snapshot and test. */
  id: string;
  /** Exactly the rows the chart plots, in plotting order. */
  rows(context: ChartContext): Row[];
  /** The Plot spec for those rows. Pure: same rows and options, same spec. */
  plot(rows: Row[], options: ChartOptions, context: ChartContext): PlotOptions;
  /** The data table's columns, in order; each key names a row field. Headers come from the copy. */
  columns(words: ChartWords): ChartColumn[];
  /**
   * One sentence that states what the chart shows, from the data, appended to
   * the editor's alt text so the alternative stays true when articles are added.
   */
  describe(rows: Row[]): string;
  /** Credit for reference data the chart draws besides the sources, such as a basemap. */
  attribution?(context: ChartContext): string;
  /**
   * For a chart with a row budget (`row-budget.ts`): how many rows qualified
   * before the budget, and what they are. `rows` holds the ones drawn.
   */
  pool?(context: ChartContext): Pool;
}

/** The rows a budgeted chart could draw: how many, and whether they are figures or events. */
export interface Pool {
  total: number;
  noun: 'figures' | 'events';
  /** The ids of the rows that qualified, drawn or not: the story check uses them. */
  ids: ReadonlySet<string>;
}

/**
 * Default options: the narrow drawing, for phones. Drawn at the width it is
 * shown at (a 375 px phone's column is about 343 px), its text stays at the
 * chart's font size instead of shrinking with a wider SVG.
 */
export const DEFAULT_CHART_OPTIONS: ChartOptions = { width: 320, focus: null };

/** The story's wide drawing, shown from 40em: the desktop graphic column is about 650 px. */
export const STORY_WIDE_WIDTH = 640;
