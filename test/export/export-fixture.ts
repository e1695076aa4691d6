/**
 * Chart views for the export tests: the hand-made chart fixture drawn at the
 * export width, with fixed words, so snapshots change only when the export
 * or a chart changes, not when the site's copy is edited.
 */
import { chartView, type ChartView } from '../../src/lib/charts/chart-view.ts';
import { EXPORT_CHART_WIDTH } from '../../src/lib/exports/export-layout.ts';
import type { ExportWords } from '../../src/lib/exports/export-words.ts';
import type { StandaloneOptions } from '../../src/lib/exports/standalone-svg.ts';
import type { ChartCopy, Fact } from '../../src/schema.ts';
import { CHART_FACTS } from '../support/chart-facts.ts';
import { fixtureContext, fixtureFact } from '../support/chart-fixture.ts';

/** Words as the site copy would give them. */
export const WORDS: ExportWords = {
  sourceLine: 'Source:',
  notVerified: 'Figures as reported by their publishers; not independently verified.',
  credit: 'From',
  siteTitle: 'Example ports, in figures',
  otherSources: 'and other articles',
  drawnSubset: 'Drawn: a selection.',
};

/** A title with characters XML must escape. */
export const SPECIAL_TITLE = 'Trains & <trucks> through "Xinjiang"';

const COPY = new Map<string, ChartCopy>([
  ['freight-trains', {
    title: SPECIAL_TITLE,
    takeaway: 'The sources count trains through the rail ports by running totals and half-years, so the figures show scale rather than a trend.',
    alt: 'Bars comparing freight-train counts.',
    notes: [],
  }],
  ['locator-map', {
    title: "Xinjiang's westward gateways",
    takeaway: 'Xinjiang borders eight countries, and its land ports and rail hubs face Kazakhstan, Kyrgyzstan and the Fergana Valley beyond.',
    alt: 'A map of Xinjiang and its neighbours.',
    notes: ['Corridors are drawn as straight lines through their ports, not as surveyed roads or railways.', 'Borders imply no position on disputed territory.'],
  }],
]);

const place = (id: string, where: string, source = 'example-daily'): Fact => fixtureFact({
  id, kind: 'port', measure: 'vehicles', value: 1, unit: 'vehicles', place: where,
  evidence: [{ source, quote: 'A sentence with a figure.', start: 10, end: 20, quoteStart: 0 }],
});

const MAP_FACTS: Fact[] = [place('f-horgos', 'horgos'), place('f-irkeshtam', 'irkeshtam', 'example-wire'), place('f-tacheng', 'tacheng')];

/** The view of a fixture chart at the export width. */
export function fixtureView(id: 'freight-trains' | 'locator-map'): ChartView {
  const context = fixtureContext(id === 'locator-map' ? MAP_FACTS : CHART_FACTS);
  return chartView(id, context, COPY, { width: EXPORT_CHART_WIDTH });
}

/** Export options for a theme, crediting a fixed story URL. */
export function options(theme: StandaloneOptions['theme'], id = 'freight-trains'): StandaloneOptions {
  return { theme, words: WORDS, storyUrl: `https://example.org/ports/#chart-${id}` };
}
