/**
 * Loads what charts read: the extracted data, the basemap, corridors, the
 * words from `content/` and the ids the story cites. The I/O edge for charts; everything after it is pure.
 */
import { Corridors, MeasureLabels, TimelineLabels, type Basemap, type FactsFile, type SiteCopy } from '../../schema.ts';
import { loadFacts } from '../load/load-facts.ts';
import { isPublishable } from '../review/publishable.ts';
import { loadSiteCopy } from '../load/load-site-copy.ts';
import { loadYaml } from '../load/load-yaml.ts';
import { readStoryDir } from '../load/load-story.ts';
import { citedIds } from '../load/story-refs.ts';
import { memoLast } from '../memo/memo.ts';
import type { ChartContext } from './chart-types.ts';
import { TIMELINE_PATH } from './timeline-check.ts';
import { checkCorridors, CORRIDORS_PATH, loadBasemap } from '../load/load-geo.ts';

const contextOf = memoLast((loaded: FactsFile, basemap: Basemap, corridors: Corridors, measures: MeasureLabels, site: SiteCopy, events: TimelineLabels, story: string): ChartContext => {
  // The publication gate: a chart never shows a low-confidence fact that no editor has reviewed.
  const data = { ...loaded, facts: loaded.facts.filter(isPublishable) };
  const places = new Map(data.places.map((p) => [p.id, p]));
  return {
    data,
    places,
    sources: new Map(data.sources.map((s) => [s.id, s])),
    basemap,
    corridors: checkCorridors(CORRIDORS_PATH, corridors, places),
    words: { measures, labels: site.labels, events },
    pinned: citedIds([story]),
  };
});

/**
 * Reads and validates every input of the charts. A build renders dozens of
 * chart views (story steps, embeds, exports); each input is read once (see
 * `memo.ts`) and the context is built again only when one of them changed, as
 * it does under `astro dev`.
 */
export function loadChartContext(): ChartContext {
  // The story's text, whole, so the context is built again when it changes.
  const story = readStoryDir('.').map((f) => f.text).join('\n');
  return contextOf(loadFacts(), loadBasemap(), loadYaml(CORRIDORS_PATH, Corridors), loadYaml('content/measures.yaml', MeasureLabels), loadSiteCopy(), loadYaml(TIMELINE_PATH, TimelineLabels), story);
}
