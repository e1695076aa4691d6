/** Copy kept in `content/`, so components hold no prose. */
import { z } from 'zod';
import { FactKind } from './fact-kind.ts';
import { LEFT_OUT_REASONS } from './left-out-reasons.ts';
import { MeasureId } from './measures.ts';

/** A note with both counts in it, so it can never state a selection without its size. */
const budgetTemplate = z.string().min(1).refine((t) => t.includes('{shown}') && t.includes('{total}'), { message: 'must contain both {shown} and {total}' });

/** Words the interface prints around the data: labels, captions, link text. */
export const UiLabels = z.strictObject({
  measure: z.string().min(1),
  place: z.string().min(1),
  period: z.string().min(1),
  value: z.string().min(1),
  date: z.string().min(1),
  role: z.string().min(1),
  latitude: z.string().min(1),
  longitude: z.string().min(1),
  /** Header of a count of facts. */
  factCount: z.string().min(1),
  /** Header of a port's headline figure on the map. */
  portFigure: z.string().min(1),
  /** Header of the places a map mark stands for besides its own. */
  includes: z.string().min(1),

  event: z.string().min(1),
  change: z.string().min(1),
  source: z.string().min(1),
  notStated: z.string().min(1),
  /** In place of a period when the source gave none. */
  noPeriod: z.string().min(1),
  /** Before the end date of a running total: `to 30 Jun 2022`. */
  until: z.string().min(1),
  alsoReportedBy: z.string().min(1),
  /** Before the publishers of a figure: `according to`. */
  accordingTo: z.string().min(1),
  /** Introduces the other value where sources disagree. */
  otherSourceReports: z.string().min(1),
  /** The disclosure that opens a chart's data table. */
  dataTable: z.string().min(1),
  /** Before the publishers under a chart. */
  sourceLine: z.string().min(1),
  /** Note under charts whose bars scale within each group. */
  scalesWithinGroup: z.string().min(1),
  editorNote: z.string().min(1),
  readSource: z.string().min(1),
  factsPage: z.string().min(1),
  storyPage: z.string().min(1),
  sourcesHeading: z.string().min(1),
  downloads: z.string().min(1),
  reviewNote: z.string().min(1),
  machineTranslated: z.string().min(1),
  original: z.string().min(1),
  /** Header of how a figure stands (planned, expected, …). */
  status: z.string().min(1),
  /** Each status but `actual`, as printed beside a figure: `planned`. */
  statuses: z.strictObject({ planned: z.string().min(1), expected: z.string().min(1), target: z.string().min(1), cumulative: z.string().min(1) }),
  /** Header of whose figure it is, for a project's or a company's. */
  scope: z.string().min(1),
  scopes: z.strictObject({ project: z.string().min(1), company: z.string().min(1) }),
  /** A chart panel's heading for a project's or a company's figures: `single projects`. */
  panelScopes: z.strictObject({ project: z.string().min(1), company: z.string().min(1) }),
  /**
   * A chart panel's kind of period (`period-kind.ts`): none given, running
   * totals, `{n}`-day or `{n}`-month spans, and names for spans of 1, 3, 6 and 12 months.
   */
  periodKinds: z.strictObject({
    none: z.string().min(1),
    running: z.string().min(1),
    day: z.string().min(1),
    days: z.string().min(1).refine((t) => t.includes('{n}'), { message: 'must contain {n}' }),
    months: z.string().min(1).refine((t) => t.includes('{n}'), { message: 'must contain {n}' }),
    named: z.strictObject({ 1: z.string().min(1), 3: z.string().min(1), 6: z.string().min(1), 12: z.string().min(1) }),
  }),
  /**
   * A change as the story's prose and the number cards read it: `{change}`
   * is its size (`45.6% year-on-year`); `{from}` and `{to}` the two levels;
   * in `implied`, `{value}` is the earlier level a percentage implies.
   */
  changes: z.strictObject({ up: z.string().min(1), down: z.string().min(1), upFromTo: z.string().min(1), downFromTo: z.string().min(1), implied: z.string().min(1) }),
  /** Header of the total a part belongs to. */
  partOf: z.string().min(1),
  /** Before the reason a low-confidence fact is kept out of charts and the story. */
  notReviewed: z.string().min(1),
  /** Before a warning the editor must check (a unit translation gets wrong). */
  warning: z.string().min(1),
  /**
   * Under a chart that draws only part of what qualifies (its row budget):
   * `{shown}` and `{total}` are replaced by the counts.
   */
  rowBudget: z.strictObject({ figures: budgetTemplate, events: budgetTemplate }),
  /** After the credits under a chart when only the newest are named: `{n}` is how many more. */
  moreSources: z.string().min(1).refine((t) => t.includes('{n}'), { message: 'must contain {n}' }),
  /** The same in image exports, without a count: `and other articles`. */
  otherSources: z.string().min(1),
  /** In image exports of a chart its row budget cut, without counts. */
  drawnSubset: z.string().min(1),
  /** The facts list's page links: the nav's name, the neighbours, and a page's name with `{n}` and `{total}`. */
  pager: z.strictObject({
    nav: z.string().min(1),
    previous: z.string().min(1),
    next: z.string().min(1),
    page: z.string().min(1).refine((t) => t.includes('{n}') && t.includes('{total}'), { message: 'must contain both {n} and {total}' }),
  }),
  /** The facts table: its caption, column headers, and the words of its cells. */
  /** A source page's legend: the three kinds of numbers, and page furniture. */
  sourceMarks: z.strictObject({
    legend: z.string().min(1),
    extracted: z.string().min(1),
    part: z.string().min(1),
    /** A dated event's clause, and the legend's sample of one. */
    event: z.string().min(1),
    eventSample: z.string().min(1),
    leftOut: z.string().min(1),
    furniture: z.string().min(1),
    /** Printed before each line of page furniture. */
    furnitureTag: z.string().min(1),
    /** Why a number was left out (`extract/left-out.ts`), printed in brackets after it. */
    reasons: z.record(z.enum(LEFT_OUT_REASONS), z.string().min(1)),
  }),
  factsTable: z.strictObject({
    caption: z.string().min(1),
    columns: z.strictObject({
      figure: z.string().min(1), measure: z.string().min(1), place: z.string().min(1), period: z.string().min(1),
      status: z.string().min(1), review: z.string().min(1), source: z.string().min(1), storyUse: z.string().min(1),
    }),
    /** The status of a figure reported as a result. */
    reported: z.string().min(1),
    /** Confidence and review: high, low (with its reason), and the editor's verdicts. */
    review: z.strictObject({
      high: z.string().min(1), low: z.string().min(1), noReason: z.string().min(1),
      corrected: z.string().min(1), noted: z.string().min(1), accepted: z.string().min(1),
    }),
    /** In the story-use cell: cited by a sentence; not used at all. */
    story: z.string().min(1),
    unused: z.string().min(1),
    /** Each kind of fact as a heading and a filter's name. */
    kinds: z.record(FactKind, z.string().min(1)),
    /** Where a row's provenance goes beyond its sentence. */
    provenance: z.strictObject({
      /** In place of the original's link when the front matter has no URL. */
      noCopy: z.string().min(1),
      /** `{origin}` is one of `origins`. */
      placeFrom: z.string().min(1).refine((t) => t.includes('{origin}'), { message: 'must contain {origin}' }),
      periodFrom: z.string().min(1).refine((t) => t.includes('{origin}'), { message: 'must contain {origin}' }),
      /** Where an inferred place or period was read; a figure's own sentence needs no words. */
      origins: z.strictObject({ paragraph: z.string().min(1), article: z.string().min(1), headline: z.string().min(1), published: z.string().min(1) }),
      /** Before the facts another source gives differently for the same measure, place and period. */
      conflicts: z.string().min(1),
    }),
    /** The filters: the pages per place and per kind, and the controls the script adds. */
    filters: z.strictObject({
      heading: z.string().min(1),
      byPlace: z.string().min(1),
      byKind: z.string().min(1),
      /** A place page's heading: `{place}` is its name. */
      placeTitle: z.string().min(1).refine((t) => t.includes('{place}'), { message: 'must contain {place}' }),
      /** A kind page's heading: `{kind}` is its label. */
      kindTitle: z.string().min(1).refine((t) => t.includes('{kind}'), { message: 'must contain {kind}' }),
      /** Before the places a place page's facts also come from. */
      placesWithin: z.string().min(1),
      /** Before the chain of places a place lies within. */
      within: z.string().min(1),
      csv: z.string().min(1),
      allFacts: z.string().min(1),
      search: z.string().min(1),
      searchHint: z.string().min(1),
      place: z.string().min(1),
      kind: z.string().min(1),
      any: z.string().min(1),
      clear: z.string().min(1),
      /** Announced as the rows change. */
      shown: budgetTemplate,
      /** On a button in a column header. */
      sortBy: z.string().min(1).refine((t) => t.includes('{column}'), { message: 'must contain {column}' }),
      /** A place page's locator inset's alt text: `{place}` is its name. */
      insetAlt: z.string().min(1).refine((t) => t.includes('{place}'), { message: 'must contain {place}' }),
      /** Headings of a place page's dated events and of the charts that draw its facts. */
      events: z.string().min(1),
      charts: z.string().min(1),
      /** With more than one page of facts: the script filters the rows of this page; the filter pages list them all. */
      thisPageOnly: z.string().min(1),
    }),
  }),
});
export type UiLabels = z.infer<typeof UiLabels>;

/** Words of the embeds, the share control, the previewer and the static exports. */
export const EmbedCopy = z.strictObject({
  /** The disclosure under each chart in the story. */
  shareEmbed: z.string().min(1),
  /** Label of the iframe snippet. */
  embedCode: z.string().min(1),
  copyCode: z.string().min(1),
  /** Announced after the snippet was copied. */
  copied: z.string().min(1),
  /** Announced when the clipboard refused: ask the reader to copy by hand. */
  copyFailed: z.string().min(1),
  openEmbed: z.string().min(1),
  /** Before the list of export links: `Download:`. */
  download: z.string().min(1),
  /** The CSV link on an embed. */
  getData: z.string().min(1),
  /** Before the link back to the story on an embed and an export: `From`. */
  credit: z.string().min(1),
  /** Printed on every embed and export: the figures are the publishers' own. */
  notVerified: z.string().min(1),
  /** The previewer page at `/embed/`. */
  previewerTitle: z.string().min(1),
  previewerIntro: z.array(z.string().min(1)),
  /** Shown on the previewer while the codes point at a local preview: the site was built without SITE_URL. */
  localPreview: z.string().min(1),
  previewWidth: z.string().min(1),
  previewTheme: z.string().min(1),
  fullWidth: z.string().min(1),
  themeAuto: z.string().min(1),
  themeLight: z.string().min(1),
  themeDark: z.string().min(1),
});
export type EmbedCopy = z.infer<typeof EmbedCopy>;

/** Site-wide copy kept in `content/site.yaml`, so components hold no prose. */
export const SiteCopy = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Paragraphs introducing the facts list. */
  factsIntro: z.array(z.string().min(1)),
  /** The editor's note on the sources: who published them and what was not verified. */
  sourcesNote: z.string().min(1),
  labels: UiLabels,
  embed: EmbedCopy,
});
export type SiteCopy = z.infer<typeof SiteCopy>;

/** A chart id: lower-case words joined by hyphens, as in the chart registry. */
export const ChartId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a chart id such as `freight-trains`');

/** The words around one chart, in `content/charts.yaml`. */
export const ChartCopy = z.strictObject({
  title: z.string().trim().min(1),
  /** One sentence: what the reader should take away. */
  takeaway: z.string().trim().min(1),
  /** Alternative text for the graphic; the chart appends a sentence built from its data. */
  alt: z.string().trim().min(1, 'is required: describe what the graphic shows for readers who cannot see it'),
  /** Caveats printed under the chart. */
  notes: z.array(z.string().trim().min(1)).default([]),
});
export type ChartCopy = z.infer<typeof ChartCopy>;

/** `content/charts.yaml`: every registered chart id with its copy. */
export const ChartsCopy = z.record(ChartId, ChartCopy);
export type ChartsCopy = z.infer<typeof ChartsCopy>;

/** Display names for measure ids, `content/measures.yaml`: `investment-in-place: Investment in place`. A key must be an id of the measure registry. */
export const MeasureLabels = z.partialRecord(MeasureId, z.string().trim().min(1));
export type MeasureLabels = z.infer<typeof MeasureLabels>;

/**
 * `content/timeline.yaml`: the timeline's label for each event, by event id.
 * The extracted clause is often machine-translated and says "the project"
 * without saying which, so the chart prints an editor's short label instead,
 * and draws only the events that have one.
 */
export const TimelineLabels = z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an event id from facts.json'), z.string().trim().min(1).max(90));
export type TimelineLabels = z.infer<typeof TimelineLabels>;

/** Front matter of the story, `content/story/*.mdx`. */
export const StoryFrontMatter = z.strictObject({
  title: z.string().trim().min(1),
  /** The standfirst under the headline. */
  dek: z.string().trim().min(1),
  /** Order among story files, when there are several. */
  order: z.number().int().default(0),
});
export type StoryFrontMatter = z.infer<typeof StoryFrontMatter>;
