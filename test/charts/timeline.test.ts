/**
 * The timeline chart, from a small fixed set of hand-made events (not the
 * generated facts.json), so the snapshot changes only when the chart does.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ChartContext, ChartWords } from '../../src/lib/charts/chart-types.ts';
import { renderSvg } from '../../src/lib/charts/render-svg.ts';
import { formatEventDate, timeline } from '../../src/lib/charts/timeline.ts';
import { LINE, lineChars } from '../../src/lib/charts/timeline-layout.ts';
import { Event, type FactsFile, type Place, type Source } from '../../src/schema.ts';
import { markTitle } from '../support/chart-fixture.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';

const SOURCES: Source[] = [
  { id: 'example-daily', title: 'Example daily', publisher: 'Example Daily', published: '2022-07-20', url: null, byline: null, translation: null, via: null, path: 'content/articles/example-daily.md', length: 4000, bodySha256: '0'.repeat(64) },
  { id: 'example-wire', title: 'Example wire', publisher: 'Example Wire', published: '2024-03-01', url: null, byline: null, translation: null, via: null, path: 'content/articles/example-wire.md', length: 4000, bodySha256: '0'.repeat(64) },
];
const PLACES: Place[] = [
  { id: 'horgos', name: 'Horgos', aliases: [], kind: 'city', lat: 44.2, lon: 80.4, coordSource: 'test', curated: true },
  { id: 'kashgar', name: 'Kashgar', aliases: [], kind: 'city', lat: 39.5, lon: 76, coordSource: 'test', curated: true },
];

const event = (id: string, start: string, end: string, precision: Event['precision'], text: string, places: string[] = [], sources = ['example-daily']) => Event.parse({
  id, date: { start, end, label: start }, precision, text, action: 'opened', places,
  evidence: sources.map((source) => ({ source, quote: `${text}.`, start: 0, end: text.length, quoteStart: 0 })),
});

/** Out of date order on purpose: the chart sorts them. */
const EVENTS: Event[] = [
  event('e-2024-q1', '2024-01-01', '2024-03-31', 'quarter', 'A resumption ceremony for 20 projects in the Kashgar zone was held in the first quarter of 2024', ['kashgar'], ['example-wire']),
  event('e-2013', '2013-01-01', '2013-12-31', 'year', 'the overland trade initiative was proposed in 2013'),
  event('e-2022-07-16', '2022-07-16', '2022-07-16', 'day', 'On July 16, a freight train loaded with car parts and household appliances left Horgos for Duisburg', ['horgos'], ['example-daily', 'example-wire']),
  event('e-2022-04', '2022-04-01', '2022-04-30', 'month', 'Construction of the logistics park started in April', ['horgos']),
];

const WORDS = { measures: {}, labels: { place: 'Place', source: 'Source' } } as unknown as ChartWords;

/** Only what the timeline reads: the data's events, places and sources. */
function context(events: Event[]): ChartContext {
  const data = { version: 1, sources: SOURCES, places: PLACES, facts: [], conflicts: [], events } as FactsFile;
  return { data, places: new Map(PLACES.map((p) => [p.id, p])), sources: new Map(SOURCES.map((s) => [s.id, s])), words: WORDS } as unknown as ChartContext;
}

/** The printed lines of each event's text: its tspans, or the text itself when it fits on one line. */
function eventLines(doc: Document): string[][] {
  return [...doc.querySelectorAll('g.event text')].map((t) => {
    const spans = [...t.querySelectorAll('tspan')];
    return spans.length ? spans.map((x) => x.textContent ?? '') : [t.textContent ?? ''];
  });
}

function draw(events: Event[], focus: string | null = null) {
  const ctx = context(events);
  const rows = timeline.rows(ctx);
  const spec = timeline.plot(rows, { width: 440, focus }, ctx);
  const svg = renderSvg(spec);
  return { rows, spec, svg, doc: new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document };
}

describe('timeline', () => {
  it('matches its SVG snapshot', async () => {
    await expect(normalizeSvg(draw(EVENTS).svg)).toMatchFileSnapshot('./__snapshots__/timeline.svg');
  });

  it('has one row per event, sorted by date, with the date as precise as the source gave it', () => {
    const { rows } = draw(EVENTS);
    expect(rows.map((r) => r.id)).toEqual(['e-2013', 'e-2022-04', 'e-2022-07-16', 'e-2024-q1']);
    expect(rows.map((r) => r.dateLabel)).toEqual(['2013', 'April 2022', '16 July 2022', 'Q1 2024']);
    expect(rows[2]).toMatchObject({ places: 'Horgos', sources: ['example-daily', 'example-wire'], credit: 'Example Daily, July 2022; Example Wire, March 2024' });
    expect(formatEventDate('2023-10-01', 'quarter')).toBe('Q4 2023');
  });

  it("plots a newly added article's event without a code change", () => {
    const added = event('e-2023-11-11', '2023-11-11', '2023-11-11', 'day', 'The new bonded warehouse opened on Saturday');
    const { rows, doc } = draw([...EVENTS, added]);
    expect(rows.map((r) => r.id).indexOf('e-2023-11-11')).toBe(3);
    expect(doc.querySelectorAll('circle')).toHaveLength(5);
    expect(doc.documentElement.textContent).toContain('11 November 2023');
  });

  it('draws one labelled dot per event', () => {
    const { rows, doc } = draw(EVENTS);
    const dots = [...doc.querySelectorAll('circle')];
    expect(dots).toHaveLength(rows.length);
    const labels = dots.map((c) => markTitle(c) ?? '');
    for (const row of rows) expect(labels.some((l) => l.startsWith(`${row.dateLabel}: `)), row.id).toBe(true);
  });

  it('wraps the event text so no line runs past the chart', () => {
    const { doc } = draw(EVENTS);
    const lines = eventLines(doc).flat();
    expect(lines.length).toBeGreaterThan(EVENTS.length);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(lineChars(440));
    expect(lines.join(' ')).toContain('Duisburg');
  });

  it('dims the events outside the focus: a year, or one event', () => {
    const dimmedDots = (focus: string) => [...draw(EVENTS, focus).doc.querySelectorAll('g.dim circle')].map((c) => markTitle(c) ?? '');
    const byYear = dimmedDots('2022');
    expect(byYear).toHaveLength(2);
    expect(byYear.every((l) => !l.includes('2022'))).toBe(true);
    expect(dimmedDots('e-2013')).toHaveLength(3);
    expect(draw(EVENTS).doc.querySelectorAll('g.dim')).toHaveLength(0);
  });

  it('grows in height with its rows, and no two events overlap', () => {
    const heights = [1, 2, 4].map((n) => Number(draw(EVENTS.slice(0, n)).spec.height));
    expect(heights[0]!).toBeLessThan(heights[1]!);
    expect(heights[1]!).toBeLessThan(heights[2]!);
    const { doc } = draw(EVENTS);
    const tops = [...doc.querySelectorAll('g.date text')].map((t) => Number(/translate\([\d.]+,([\d.]+)\)/.exec(t.getAttribute('transform') ?? '')?.[1]));
    const lineCounts = eventLines(doc).map((l) => l.length);
    expect(tops.every(Number.isFinite)).toBe(true);
    tops.slice(1).forEach((top, i) => expect(top, `event ${i + 1}`).toBeGreaterThanOrEqual(tops[i]! + LINE * (1 + lineCounts[i]!)));
  });

  it('breaks the spine where years pass with no event', () => {
    const { doc } = draw(EVENTS);
    expect(doc.querySelectorAll('g.broken line')).toHaveLength(2);
    expect(doc.querySelectorAll('g.spine:not(.broken) line')).toHaveLength(1);
  });

  it('describes itself from the data and names its columns', () => {
    const { rows } = draw(EVENTS);
    expect(timeline.describe(rows)).toBe('4 dated events from 2013 to 2024; the earliest, 2013: the overland trade initiative was proposed in 2013; the latest, Q1 2024: A resumption ceremony for 20 projects in the Kashgar zone was held in the first quarter of 2024.');
    expect(timeline.describe([])).toBe('');
    expect(timeline.columns(WORDS).map((c) => c.key)).toEqual(['dateLabel', 'text', 'places', 'credit']);
  });
});
