/**
 * What the story page works out once, before it renders: that every
 * reference resolves, the level of the charts' headings, and the ids of the
 * story's elements across its files. Pure: the page passes the story files'
 * text and the data in, and hands the result to each file's `<Content>`.
 */
import { MeasureId, type ChartCopy, type FactsFile, type UiLabels } from '../../schema.ts';
import type { ChartContext } from '../charts/chart-types.ts';
import type { StoryFile } from '../load/load-story.ts';
import { heldBack } from '../review/publishable.ts';
import { chartHeadingFor, type ChartHeading } from './heading-level.ts';
import { elementKey } from './story-elements.ts';
import { danglingRefs, storyRefs, unknownFocus } from '../load/story-refs.ts';
import { stepCoverage } from './step-coverage.ts';
import { CHARTS } from '../charts/registry.ts';

/** What a story file's `<Fact>` and `<Step>` elements receive as `story`. */
export interface StoryContext {
  /** Put before every element id of this file, so ids stay unique across files ('' for the first). */
  prefix: string;
  /** The level of each chart's title. */
  heading: ChartHeading;
  /** Element ids of each chart's first appearance on the page, which carries the `#chart-<id>` anchor. */
  anchors: ReadonlySet<string>;
  /** The whole data file, for figures. */
  data: FactsFile;
  /** The charts' inputs, with the publication gate applied. */
  charts: ChartContext;
  chartCopy: ReadonlyMap<string, ChartCopy>;
  labels: UiLabels;
}

/** The id of the `n`th element with `key` in a file. */
export const elementId = (prefix: string, key: string, n: number): string => `${prefix}${key}-${n}`;

/**
 * The story context of each file, by entry id. Throws, listing every
 * dangling reference with its file and line, when the story cites a fact or
 * chart that does not exist or a fact the publication gate holds back, or
 * when a step's chart leaves out (row budget) what the step focuses on or
 * cites.
 */
export function planStory(files: readonly StoryFile[], shared: Omit<StoryContext, 'prefix' | 'heading' | 'anchors'>, chartIds: readonly string[]): Map<string, StoryContext> {
  if (files.length === 0) throw new Error('content/story/: no story file. Fix: add content/story/index.mdx');
  const factIds = new Set(shared.data.facts.map((f) => f.id));
  const held = heldBack(shared.data.facts);
  const focusable = new Set([...factIds, ...shared.data.places.map((p) => p.id), ...MeasureId.options]);
  const refErrors = files.flatMap(({ file, text }) => [...danglingRefs(file, text, factIds, chartIds, held), ...unknownFocus(file, text, focusable)]);
  // Coverage needs every reference to resolve, so it is checked only when they do.
  const errors = refErrors.length ? refErrors : files.flatMap(({ file, text }) => stepCoverage(file, text, CHARTS, shared.charts));
  if (errors.length) throw new Error(`The story refers to facts or charts it cannot use:\n${errors.join('\n')}`);
  const heading = chartHeadingFor(files.map((f) => f.text));
  const prefixes = new Map(files.map((f, i) => [f.id, i === 0 ? '' : `${f.id}-`]));
  const anchors = new Set<string>();
  const shown = new Set<string>();
  for (const { id, text } of files) {
    for (const ref of storyRefs(text)) {
      if (ref.kind !== 'chart' || shown.has(ref.id)) continue;
      shown.add(ref.id);
      anchors.add(elementId(prefixes.get(id)!, elementKey('Step', ref.id), 1));
    }
  }
  return new Map(files.map((f) => [f.id, { ...shared, prefix: prefixes.get(f.id)!, heading, anchors }]));
}
