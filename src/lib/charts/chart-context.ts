/**
 * Loads what charts read: the extracted data, the basemap, corridors and the
 * words from `content/`. The I/O edge for charts; everything after it is pure.
 */
import { MeasureLabels } from '../../schema.ts';
import { loadFacts } from '../data/load-facts.ts';
import { loadSiteCopy } from '../data/load-site-copy.ts';
import { loadYaml } from '../data/load-yaml.ts';
import type { ChartContext } from './chart-types.ts';
import { loadBasemap, loadCorridors } from './load-geo.ts';

/** Reads and validates every input of the charts. */
export function loadChartContext(): ChartContext {
  const data = loadFacts();
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
