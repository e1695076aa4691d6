/**
 * A small, fixed chart context for chart tests: hand-made facts and events
 * (not the generated facts.json, so snapshots change only when a chart
 * changes), the real gazetteer, basemap, corridors and copy.
 */
import { readFileSync } from 'node:fs';
import type { ChartContext, ChartModule, ChartOptions, ChartRow } from '../../src/lib/charts/chart-types.ts';
import { DEFAULT_CHART_OPTIONS } from '../../src/lib/charts/chart-types.ts';
import { loadBasemap, loadCorridors } from '../../src/lib/load/load-geo.ts';
import { renderSvg } from '../../src/lib/charts/render-svg.ts';
import { loadSiteCopy } from '../../src/lib/load/load-site-copy.ts';
import { loadYaml } from '../../src/lib/load/load-yaml.ts';
import { parseGazetteer } from '../../src/lib/gazetteer/parse-gazetteer.ts';
import { Fact, FactsFile, MeasureLabels, TimelineLabels, type Event, type Link, type Source } from '../../src/schema.ts';

/** Two made-up sources, a year apart. */
export const FIXTURE_SOURCES: Source[] = [
  { id: 'example-daily', title: 'Example daily report', publisher: 'Example Daily', published: '2022-07-20', url: null, byline: null, translation: null, via: null, path: 'content/articles/example-daily.md', length: 5000, bodySha256: '0'.repeat(64) },
  { id: 'example-wire', title: 'Example wire story', publisher: 'Example Wire', published: '2023-11-13', url: null, byline: null, translation: 'machine', via: null, path: 'content/articles/example-wire.md', length: 5000, bodySha256: '0'.repeat(64) },
];

/** A fact with sensible defaults; only what a test cares about needs saying. */
export function fixtureFact(f: Pick<Fact, 'id' | 'kind' | 'measure' | 'value' | 'unit'> & Partial<Fact>): Fact {
  return Fact.parse({
    approx: 'exact', subject: null, place: null, places: f.place ? [f.place] : [], period: null, change: null, confidence: 'high',
    evidence: [{ source: 'example-daily', quote: 'A sentence with a figure.', start: 10, end: 20, quoteStart: 0 }],
    ...f,
  });
}

/** The context charts read, around the given facts, events and links, with the ids a story would cite. */
export function fixtureContext(facts: Fact[], events: Event[] = [], links: Link[] = [], pinned: ReadonlySet<string> = new Set()): ChartContext {
  const placeList = parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8'));
  const places = new Map(placeList.map((p) => [p.id, p]));
  const data = FactsFile.parse({ version: 1, sources: FIXTURE_SOURCES, places: placeList, facts, conflicts: [], events, links });
  return {
    data,
    places,
    sources: new Map(FIXTURE_SOURCES.map((s) => [s.id, s])),
    basemap: loadBasemap(),
    corridors: loadCorridors(undefined, places),
    words: { measures: loadYaml('content/measures.yaml', MeasureLabels), labels: loadSiteCopy().labels, events: loadYaml('content/timeline.yaml', TimelineLabels) },
    pinned,
  };
}

/** Rows and SVG of a chart in a context. */
export function drawChart<Row extends ChartRow>(chart: ChartModule<Row>, context: ChartContext, options: Partial<ChartOptions> = {}) {
  const rows = chart.rows(context);
  return { rows, svg: renderSvg(chart.plot(rows, { ...DEFAULT_CHART_OPTIONS, ...options }, context)) };
}

/** A mark's `<title>` (its tooltip), or null. */
export function markTitle(mark: Element): string | null {
  return mark.querySelector(':scope > title')?.textContent ?? null;
}
