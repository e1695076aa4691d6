/**
 * The timeline chart, from a small fixed set of hand-made events (not the
 * generated facts.json), so the snapshot changes only when the chart does.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ChartContext, ChartWords } from '../../src/lib/charts/chart-types.ts';
import { renderSvg } from '../../src/lib/charts/render-svg.ts';
import { formatEventDate, timeline } from '../../src/lib/charts/timeline.ts';
import { BREAK_DAYS, LINE, layoutTimeline, lineChars } from '../../src/lib/charts/timeline-layout.ts';
import { timelineCheckLines } from '../../src/lib/charts/timeline-check.ts';
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

/** The editor's labels; `e-2022-04` has none, so the chart leaves it out. */
const LABELS: Record<string, string> = {
  'e-2024-q1': 'The Kashgar zone restarts its projects',
  'e-2013': 'An overland trade initiative is proposed',
  'e-2022-07-16': 'A freight train of car parts and household appliances leaves Horgos for Duisburg',
  'e-2023-11-11': 'A bonded warehouse opens',
};
const WORDS = { measures: {}, labels: { place: 'Place', source: 'Source', event: 'Event', date: 'Date' }, events: LABELS } as unknown as ChartWords;

/** Only what the timeline reads: the data's events, places and sources. */
function context(events: Event[]): ChartContext {
  const data = { version: 1, sources: SOURCES, places: PLACES, facts: [], conflicts: [], events, links: [] } as FactsFile;
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

  it('has one row per labelled event, sorted by date, with the date as precise as the source gave it', () => {
    const { rows } = draw(EVENTS);
    expect(rows.map((r) => r.id)).toEqual(['e-2013', 'e-2022-07-16', 'e-2024-q1']);
    expect(rows.map((r) => r.dateLabel)).toEqual(['2013', '16 July 2022', 'Q1 2024']);
    expect(rows[1]).toMatchObject({ places: 'Horgos', sources: ['example-daily', 'example-wire'], credit: 'Example Daily, July 2022; Example Wire, March 2024', mark: 'event', panel: 'timeline', status: null });
    expect(formatEventDate('2023-10-01', 'quarter')).toBe('Q4 2023');
  });

  it("prints the editor's label, never the extracted clause, and counts an unlabelled event as not drawn", () => {
    const { rows, doc } = draw(EVENTS);
    const printed = doc.documentElement.textContent ?? '';
    for (const row of rows) expect(printed).toContain(row.label.split(' ').slice(0, 3).join(' '));
    expect(printed).not.toContain('Construction of the logistics park');
    expect(printed).not.toContain('was proposed in 2013');
    expect(timeline.pool!(context(EVENTS))).toMatchObject({ total: 4, noun: 'events' });
    // Only labelled events qualify to be drawn; the story check uses their ids.
    expect([...timeline.pool!(context(EVENTS)).ids].sort()).toEqual(['e-2013', 'e-2022-07-16', 'e-2024-q1']);
  });

  it("plots a newly added article's event once an editor labels it", () => {
    const added = event('e-2023-11-11', '2023-11-11', '2023-11-11', 'day', 'The new bonded warehouse opened on Saturday');
    const { rows, doc } = draw([...EVENTS, added]);
    expect(rows.map((r) => r.id).indexOf('e-2023-11-11')).toBe(2);
    expect(doc.querySelectorAll('circle')).toHaveLength(4);
    expect(doc.documentElement.textContent).toContain('11 November 2023');
  });

  it('draws one labelled dot per event', () => {
    const { rows, doc } = draw(EVENTS);
    const dots = [...doc.querySelectorAll('circle')];
    expect(dots).toHaveLength(rows.length);
    const titles = dots.map((c) => markTitle(c) ?? '');
    for (const row of rows) expect(titles).toContain(`${row.dateLabel}: ${row.label}`);
  });

  it('wraps the labels so no line runs past the chart', () => {
    const { doc } = draw(EVENTS);
    const lines = eventLines(doc).flat();
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(lineChars(440));
    expect(lines.join(' ')).toContain('Duisburg');
  });

  it('dims the events outside the focus: a year, or one event', () => {
    const dimmedDots = (focus: string) => [...draw(EVENTS, focus).doc.querySelectorAll('g.dim circle')].map((c) => markTitle(c) ?? '');
    const byYear = dimmedDots('2022');
    expect(byYear).toHaveLength(2);
    expect(byYear.every((l) => !l.includes('2022'))).toBe(true);
    expect(dimmedDots('e-2013')).toHaveLength(2);
    expect(draw(EVENTS).doc.querySelectorAll('g.dim')).toHaveLength(0);
  });
});

describe('layoutTimeline', () => {
  const dates = ['2013-01-01', '2022-01-01', '2022-03-01', '2022-07-01', '2023-07-01'];
  const layout = layoutTimeline(dates, (d) => d, () => 'An event', 440);

  it('places dots on a true time scale between breaks: equal times, equal lengths', () => {
    const y = layout.blocks.map((b) => b.dotY);
    // Jan–Jul 2022 is half of Jul 2022–Jul 2023, so its length is half too.
    expect((y[3]! - y[1]!) / (y[4]! - y[3]!)).toBeCloseTo(181 / 365, 1);
    expect((y[2]! - y[1]!) / (y[3]! - y[1]!)).toBeCloseTo(59 / 181, 1);
  });

  it(`cuts a gap of more than ${BREAK_DAYS} days to a dashed break, with no year ticked inside it`, () => {
    expect(layout.segments.map((s) => s.broken)).toEqual([true, false, false, false]);
    const years = layout.ticks.map((t) => t.year);
    expect(years).toEqual(expect.arrayContaining([2013, 2022, 2023]));
    for (let year = 2014; year <= 2021; year += 1) expect(years).not.toContain(year);
    layout.ticks.slice(1).forEach((t, i) => expect(t.y - layout.ticks[i]!.y).toBeGreaterThanOrEqual(LINE));
  });

  it('never lets two blocks overlap: a block moves below the one above it, never above its own date', () => {
    const crowded = layoutTimeline(['2022-01-01', '2022-01-02', '2022-01-03', '2024-01-01'], (d) => d, () => 'An event with a label long enough to wrap onto a second line here', 320);
    crowded.blocks.forEach((b, i) => {
      expect(b.top).toBeGreaterThanOrEqual(b.dotY - LINE / 2 - 0.01);
      const prev = crowded.blocks[i - 1];
      if (prev) expect(b.top).toBeGreaterThanOrEqual(prev.top + LINE * (1 + prev.lines.length));
    });
    expect(crowded.height).toBeGreaterThanOrEqual(crowded.blocks.at(-1)!.top + LINE * 3);
  });

  it('describes itself from the data and names its columns', () => {
    const { rows } = draw(EVENTS);
    expect(timeline.describe(rows)).toBe('3 dated events from 2013 to 2024; the earliest, 2013: An overland trade initiative is proposed; the latest, Q1 2024: The Kashgar zone restarts its projects.');
    expect(timeline.describe([])).toBe('');
    expect(timeline.columns(WORDS).map((c) => c.key)).toEqual(['dateLabel', 'label', 'places', 'credit']);
  });
});

describe('timelineCheckLines', () => {
  it('lists the events with no label and the labels with no event', () => {
    const lines = timelineCheckLines({ 'e-2013': 'x', 'e-gone': 'y' }, EVENTS.slice(0, 2));
    expect(lines[0]).toMatch(/^Timeline check: 1 event\(s\) have no label.*content\/timeline\.yaml/);
    expect(lines[1]).toContain('e-2024-q1');
    expect(lines.some((l) => /1 label\(s\) in content\/timeline\.yaml name no event/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('  e-gone');
    expect(timelineCheckLines({ 'e-2013': 'x' }, [EVENTS[1]!])).toEqual([]);
  });
});
