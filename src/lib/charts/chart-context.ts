/**
 * Loads what charts read: the extracted data, the basemap, corridors and the
 * words from `content/`. The I/O edge for charts; everything after it is pure.
 */
import { statSync } from 'node:fs';
import { MeasureLabels } from '../../schema.ts';
import { factsPath } from '../data/facts-path.ts';
import { loadFacts } from '../data/load-facts.ts';
import { isPublishable } from '../review/publishable.ts';
import { loadSiteCopy } from '../data/load-site-copy.ts';
import { loadYaml } from '../data/load-yaml.ts';
import type { ChartContext } from './chart-types.ts';
import { loadBasemap, loadCorridors } from './load-geo.ts';

/** Every file the context is read from; a change to any of them invalidates the cache. */
const INPUTS = () => [factsPath(), 'content/charts.yaml', 'content/measures.yaml', 'content/site.yaml', 'content/geo/basemap.json', 'content/geo/corridors.yaml'];

let cached: { key: string; context: ChartContext } | null = null;

function inputsKey(): string {
  return INPUTS().map((path) => {
    try {
      return `${path}@${statSync(path).mtimeMs}`;
    } catch {
      return `${path}@missing`;
    }
  }).join('|');
}

function readChartContext(): ChartContext {
  const loaded = loadFacts();
  // The publication gate: a chart never shows a low-confidence fact that no editor has reviewed.
  const data = { ...loaded, facts: loaded.facts.filter(isPublishable) };
  const places = new Map(data.places.map((p) => [p.id, p]));
  return {
    data,
    places,
    sources: new Map(data.sources.map((s) => [s.id, s])),
    basemap: loadBasemap(),
    corridors: loadCorridors(undefined, places),
    words: { measures: loadYaml('content/measures.yaml', MeasureLabels), labels: loadSiteCopy().labels },
  };
}

/**
 * Reads and validates every input of the charts. A build renders dozens of
 * chart views (story steps, embeds, exports), so the context is read once and
 * reused until one of its files changes (as it does under `astro dev`).
 */
export function loadChartContext(): ChartContext {
  const key = inputsKey();
  if (cached?.key !== key) cached = { key, context: readChartContext() };
  return cached.context;
}
