/**
 * The locator map, from a few hand-made facts (not the generated facts.json)
 * on the real gazetteer, basemap and corridors, so the snapshot changes only
 * when the map or its reference data do.
 */
import { geoContains, geoPath } from 'd3';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { locatorMap } from '../../src/lib/charts/locator-map.ts';
import { locatorFrame } from '../../src/lib/charts/locator/map-frame.ts';
import { layoutLabels, neighbours } from '../../src/lib/charts/locator/map-layout.ts';
import { describedCorridors } from '../../src/lib/charts/locator/described-corridors.ts';
import { boxesOverlap, boxHitsSegment } from '../../src/lib/charts/locator/label-geometry.ts';
import type { Fact, Link } from '../../src/schema.ts';
import { loadCorridors } from '../../src/lib/load/load-geo.ts';
import { drawChart, fixtureContext, fixtureFact, markTitle } from '../support/chart-fixture.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';

const fact = (id: string, place: string, places: string[] = [place], source = 'example-daily'): Fact => fixtureFact({
  id, kind: 'port', measure: 'vehicles', value: 1, unit: 'vehicles', place, places,
  evidence: [{ source, quote: 'A sentence with a figure.', start: 10, end: 20, quoteStart: 0 }],
});

/** A zone that folds into the Kashgar hub, two ports named jointly, a port, a city, and two areas that are no point on a map. */
const FACTS: Fact[] = [
  fact('f-kashgar-edz', 'kashgar-edz', ['kashgar-edz'], 'example-wire'),
  fact('f-joint', 'alashankou', ['alashankou', 'horgos']),
  fact('f-irkeshtam', 'irkeshtam'),
  fact('f-tacheng', 'tacheng', ['tacheng'], 'example-wire'),
  fact('f-xinjiang', 'xinjiang'),
  fact('f-ftz', 'xinjiang-ftz'),
];

/** An invented link: a sentence that names a crossing and a place beyond it. */
const link = (from: string, to: string, source = 'example-daily'): Link => ({
  id: `${from}--${to}`, from, to, evidence: [{ source, quote: 'A sentence naming a crossing and a place beyond it.', start: 30, end: 35, quoteStart: 0 }],
});

/** Links that describe every corridor to its far end, as the real corridors.yaml has them. */
const LINKS: Link[] = loadCorridors(undefined, fixtureContext([]).places).corridors.map((c) => link(c.places.find((id) => fixtureContext([]).places.get(id)?.kind === 'port' && id !== c.places.at(-1))!, c.places.at(-1)!));

const context = fixtureContext(FACTS, [], LINKS);
const parse = (svg: string) => new JSDOM(svg).window.document;
const classOf = (el: Element) => el.closest('g')?.getAttribute('class') ?? '';
/** A text's words as a reader sees them: a name set on two lines is one name. */
const words = (t: Element) => (t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') : t.textContent ?? '');
const printed = (doc: Document) => [...doc.querySelectorAll('text')].map(words);
/** The place names printed: a wide map prints a port's figure after its name (`Baktu Port: 139 enterprises`). */
const namesPrinted = (doc: Document) => printed(doc).map((t) => t.split(': ')[0]!);
const nameOf = (id: string) => context.places.get(id)!.name;
/** The map as drawn for a column of about 440 px; at the phone width it drops the markers whose names do not fit (tested below). */
const WIDE = { width: 440 };

const rows = () => locatorMap.rows(context);

describe('locator map', () => {
  const { rows, svg } = drawChart(locatorMap, context, WIDE);
  const doc = parse(svg);

  it('matches the snapshot', async () => {
    await expect(normalizeSvg(svg)).toMatchFileSnapshot('./__snapshots__/locator-map.svg');
  });

  it('marks the hubs, every corridor place and the ports and cities the facts name, and no areas', () => {
    const ids = rows.map((r) => r.id);
    const { hubs, corridors } = context.corridors;
    expect(ids).toEqual(expect.arrayContaining([hubs.centre, ...hubs.fulcrums, ...corridors.flatMap((c) => c.places), 'irkeshtam', 'tacheng']));
    expect(ids).not.toContain('xinjiang');
    expect(ids).not.toContain('xinjiang-ftz');
    expect(ids).not.toContain('kashgar-edz');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts facts and sources per mark, folding a zone into the hub it sits in', () => {
    const kashgar = rows.find((r) => r.id === 'kashgar')!;
    expect(kashgar).toMatchObject({ role: 'fulcrum', facts: 1, sources: ['example-wire'], includes: 'Kashgar Economic Development Zone' });
    expect(rows.find((r) => r.id === 'horgos')).toMatchObject({ facts: 1, sources: ['example-daily'] });
    expect(rows.find((r) => r.id === 'urumqi')).toMatchObject({ role: 'centre', facts: 0, sources: [] });
  });

  it('gives every drawn place a dot with its name as title, and draws every place whose name fits', () => {
    const titles = [...doc.querySelectorAll('circle')].map(markTitle);
    const texts = new Set(namesPrinted(doc));
    const names = rows.map((r) => r.name);
    for (const title of titles) expect(names).toContain(title);
    for (const row of rows) if (texts.has(row.name)) expect(titles, row.id).toContain(row.name);
    expect(titles.length, `drawn: ${titles.join(', ')}`).toBeGreaterThanOrEqual(rows.length - 2);
  });

  it('prints the names of the hubs and of the corridors\' far ends as the gazetteer gives them', () => {
    const texts = namesPrinted(doc);
    const { hubs, corridors } = context.corridors;
    for (const id of [hubs.centre, ...hubs.fulcrums, ...corridors.map((c) => c.places.at(-1)!)]) expect(texts, id).toContain(nameOf(id));
    expect(texts).toContain('Xinjiang Uygur Autonomous Region');
    expect(texts).toContain('Alataw Pass');
    expect(texts).not.toContain('Alataw');
  });

  it('places labels in the frame without overlaps, and each country name inside its country', () => {
    const frame = locatorFrame(context, 440);
    const labels = layoutLabels(rows, context, frame, null);
    const boxes = [...labels.places, ...labels.areas].map((l) => l.box);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)));
    for (const b of boxes) expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height).toBe(true);
    for (const area of labels.areas.filter((a) => a.id !== 'xinjiang')) {
      const country = context.basemap.countries.features.find((f) => f.properties.id === area.id)!;
      // A callout's text sits outside; its leader starts inside.
      const at: [number, number] = area.leaderLonLat ? area.leaderLonLat[0] : [area.lon, area.lat];
      expect(geoContains(country, at), area.id).toBe(true);
    }
    expect(labels.areas.map((a) => a.id)).toEqual(expect.arrayContaining(['xinjiang', 'china', 'kazakhstan', 'kyrgyzstan', 'mongolia', 'russia', 'pakistan', 'india']));
  });

  it('draws a frame the basemap covers, holding Xinjiang and every corridor place (at 400 px or more)', () => {
    const { width, height, project } = locatorFrame(context, 440);
    const [west, south, east, north] = context.basemap.extent;
    for (const corner of [[0, 0], [width, 0], [0, height], [width, height], [width / 2, 0], [width / 2, height]] as [number, number][]) {
      const [lon, lat] = project.invert!(corner)!;
      expect(lon > west && lon < east && lat > south && lat < north, `corner ${corner.join(',')}`).toBe(true);
    }
    const corridorPlaces = context.corridors.corridors.flatMap((c) => c.places).map((id) => context.places.get(id)!);
    for (const [x, y] of corridorPlaces.map((p) => project([p.lon, p.lat])!)) expect(x > 0 && x < width && y > 0 && y < height).toBe(true);
    const [[x0, y0], [x1, y1]] = geoPath(project).bounds(context.basemap.xinjiang);
    expect(x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height).toBe(true);
  });

  it('stays small: under 30 KB of SVG', () => {
    expect(svg.length).toBeLessThan(30_000);
  });

  it('describes the marks from the data', () => {
    expect(locatorMap.describe(rows)).toContain('Fulcrum (3): Alataw Pass, Horgos, Kashgar.');
    expect(locatorMap.describe(rows)).toContain('Centre (1): Urumqi.');
  });
});

describe('locator map: data-driven', () => {
  it('adds a mark when a new article names another port, with no code change', () => {
    const before = locatorMap.rows(context);
    const after = locatorMap.rows(fixtureContext([...FACTS, fact('f-new', 'takeshiken', ['takeshiken'], 'example-wire')], [], LINKS));
    expect(before.map((r) => r.id)).not.toContain('takeshiken');
    expect(after.find((r) => r.id === 'takeshiken')).toMatchObject({ role: 'port', facts: 1, sources: ['example-wire'], name: 'Takeshiken Port' });
    expect(after).toHaveLength(before.length + 1);
    const { svg } = drawChart(locatorMap, fixtureContext([...FACTS, fact('f-new', 'takeshiken')], [], LINKS), WIDE);
    expect([...parse(svg).querySelectorAll('circle')].map(markTitle)).toContain('Takeshiken Port');
  });

  it('gives the same rows whatever order the facts come in', () => {
    const shuffled = fixtureContext([...FACTS].reverse(), [], LINKS);
    expect(locatorMap.rows(shuffled)).toEqual(locatorMap.rows(context));
    expect(drawChart(locatorMap, shuffled, WIDE).svg).toBe(drawChart(locatorMap, context, WIDE).svg);
  });
});

describe('locator map: port figures', () => {
  const count = (id: string, place: string, places: string[], extra: Partial<Fact> = {}) => fixtureFact({
    id, kind: 'port', measure: 'vehicles-per-day', value: 450, unit: 'vehicles', place, places, period: { start: '2023-01-01', end: '2023-10-31', label: 'Jan–Oct 2023' }, ...extra,
  });

  it('prints a port\'s own count beside its name on the wide map, and lists it with its period in the table', () => {
    const ctx = fixtureContext([...FACTS, count('f-count', 'torugart', ['torugart'])], [], LINKS);
    const row = locatorMap.rows(ctx).find((r) => r.id === 'torugart')!;
    expect(row).toMatchObject({ figure: '450 vehicles, Jan–Oct 2023', figureFact: 'f-count', figureShort: '450 vehicles' });
    expect(printed(parse(drawChart(locatorMap, ctx, { width: 640 }).svg))).toContain('Torugart Port: 450 vehicles');
    expect(printed(parse(drawChart(locatorMap, ctx, { width: 320 }).svg)).join('|')).not.toContain('450 vehicles');
    expect(locatorMap.columns(ctx.words).map((c) => c.key)).toContain('figure');
  });

  it('gives no port a figure two ports share, a time, a growth rate or a plan', () => {
    const none = (fact: Fact) => locatorMap.rows(fixtureContext([...FACTS, fact], [], LINKS)).find((r) => r.id === 'torugart')!.figure;
    expect(none(count('f-joint2', 'torugart', ['torugart', 'irkeshtam']))).toBe('');
    expect(none(count('f-time', 'torugart', ['torugart'], { measure: 'clearance-time', unit: 'minutes', value: 30 }))).toBe('');
    expect(none(count('f-rate', 'torugart', ['torugart'], { unit: 'percent', measure: 'vehicles-per-day-growth', value: 12 }))).toBe('');
    expect(none(count('f-plan', 'torugart', ['torugart'], { status: 'planned' }))).toBe('');
  });
});

describe('locator map: corridors as far as the sources describe them', () => {
  const lines = (ctx: ReturnType<typeof fixtureContext>) => describedCorridors(ctx).map((c) => `${c.id}: ${c.places.join(' ')}`);

  it('draws no corridor that no source describes, and marks none of its places abroad', () => {
    const bare = fixtureContext(FACTS);
    expect(describedCorridors(bare)).toEqual([]);
    const ids = locatorMap.rows(bare).map((r) => r.id);
    for (const id of ['almaty', 'tashkent', 'andijan', 'osh', 'dostyk']) expect(ids).not.toContain(id);
    expect(parse(drawChart(locatorMap, bare, WIDE).svg).querySelectorAll('path[stroke-dasharray]')).toHaveLength(0);
  });

  it('draws a corridor from its hub to the farthest place a source names with its crossing', () => {
    const ctx = fixtureContext(FACTS, [], [link('irkeshtam', 'osh')]);
    expect(lines(ctx)).toEqual(['irkeshtam: kashgar irkeshtam osh']);
    expect(describedCorridors(ctx)[0]!.links.map((l) => `${l.from}--${l.to}`)).toEqual(['irkeshtam--osh']);
    expect(locatorMap.rows(ctx).find((r) => r.id === 'osh')).toMatchObject({ role: 'corridor city', sources: ['example-daily'] });
  });

  it('reads a country named with a crossing as the corridor\'s first place in that country', () => {
    expect(lines(fixtureContext(FACTS, [], [link('alashankou', 'kazakhstan')]))).toEqual(['alataw: alashankou dostyk']);
    expect(lines(fixtureContext(FACTS, [], [link('irkeshtam', 'uzbekistan')]))).toEqual(['irkeshtam: kashgar irkeshtam osh andijan']);
    expect(lines(fixtureContext(FACTS, [], [link('alashankou', 'united-kingdom')]))).toEqual([]);
  });
});

describe('locator map: focus', () => {
  it('dims everything but the place a story step is about', () => {
    const doc = parse(drawChart(locatorMap, context, { ...WIDE, focus: 'irkeshtam' }).svg);
    const dots = [...doc.querySelectorAll('circle')];
    const focused = dots.filter((c) => !classOf(c).split(' ').includes('dim'));
    expect(focused.map(markTitle)).toEqual(['Irkeshtam Port']);
    expect([...doc.querySelectorAll('text')].filter((t) => !classOf(t).split(' ').includes('dim')).map(words)).toEqual(['Irkeshtam Port']);
    expect(classOf([...doc.querySelectorAll('path')].find((p) => markTitle(p)?.startsWith('Xinjiang'))!)).toBe('accent dim');
  });

  it('focuses the mark a folded zone is drawn by, and dims nothing without a focus', () => {
    const doc = parse(drawChart(locatorMap, context, { ...WIDE, focus: 'kashgar-edz' }).svg);
    const focused = [...doc.querySelectorAll('circle')].filter((c) => !classOf(c).includes('dim'));
    expect(focused.map(markTitle)).toEqual(['Kashgar']);
    expect(drawChart(locatorMap, context, WIDE).svg).not.toMatch(/\bdim\b/);
  });
});

/** Every width the map is drawn at: the embed's narrow variant, the story's, a column, the story's wide one. */
const WIDTHS = [300, 320, 440, 640];

describe('map labels', () => {
  it.each(WIDTHS)('names every country that borders Xinjiang, and every hub, at %i px', (width) => {
    const texts = namesPrinted(parse(drawChart(locatorMap, context, { width }).svg));
    expect([...neighbours(context.basemap)].sort()).toEqual(['afghanistan', 'india', 'kazakhstan', 'kyrgyzstan', 'mongolia', 'pakistan', 'russia', 'tajikistan']);
    for (const id of neighbours(context.basemap)) expect(texts, `${id} at ${width}`).toContain(nameOf(id));
    const { hubs } = context.corridors;
    for (const id of [hubs.centre, ...hubs.fulcrums]) expect(texts, `${id} at ${width}`).toContain(nameOf(id));
    expect(texts).toContain('Xinjiang Uygur Autonomous Region');
  });

  it.each(WIDTHS)('draws no marker without its name, and no label over another or over a leader, at %i px', (width) => {
    const doc = parse(drawChart(locatorMap, context, { width }).svg);
    const names = new Set(namesPrinted(doc));
    const dots = [...doc.querySelectorAll('circle')].map((c) => markTitle(c) ?? '');
    expect(dots.length).toBeGreaterThan(5);
    for (const title of dots) expect(names.has(title), title).toBe(true);
    const frame = locatorFrame(context, width);
    const labels = layoutLabels(rows(), context, frame, null);
    const all = [...labels.places, ...labels.areas];
    const boxes = [...all.map((l) => l.box), labels.inset];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b), `${width}: ${i}`).toBe(false)));
    for (const leader of all.flatMap((l) => (l.leader ? [{ id: l.id, leader: l.leader }] : []))) {
      all.filter((l) => l.id !== leader.id).forEach((l) => expect(boxHitsSegment(l.box, leader.leader), `${leader.id}'s leader crosses ${l.id}`).toBe(false));
    }
  });

  it('sets a callout off with a leader when a name has no room beside its point', () => {
    const narrow = layoutLabels(rows(), context, locatorFrame(context, 320), null);
    const callouts = [...narrow.places, ...narrow.areas].filter((l) => l.leader);
    expect(callouts.length).toBeGreaterThan(0);
    for (const c of callouts) expect(Math.hypot(c.leader![1][0] - c.leader![0][0], c.leader![1][1] - c.leader![0][1]), c.id).toBeLessThan(60);
    const svg = drawChart(locatorMap, context, { width: 320 }).svg;
    expect(parse(svg).querySelectorAll('[aria-hidden="true"] line, [aria-hidden="true"] path').length).toBeGreaterThan(0);
  });

  it('crops to Xinjiang and its hubs below 400 px, so Xinjiang fills more of a phone', () => {
    const { width, height, project } = locatorFrame(context, 320);
    const inFrame = (id: string) => { const p = context.places.get(id)!; const [x, y] = project([p.lon, p.lat])!; return x > 0 && x < width && y > 0 && y < height; };
    const { hubs, corridors } = context.corridors;
    for (const id of [hubs.centre, ...hubs.fulcrums]) expect(inFrame(id), id).toBe(true);
    // The crop spans fewer degrees than the wide frame, which reaches out to the corridors' far ends.
    const span = (w: number) => { const f = locatorFrame(context, w); return f.project.invert!([f.width, f.height / 2])![0] - f.project.invert!([0, f.height / 2])![0]; };
    expect(span(320)).toBeLessThan(span(440) - 2);
    expect(corridors.length).toBeGreaterThan(0);
    const [[x0, y0], [x1, y1]] = geoPath(project).bounds(context.basemap.xinjiang);
    expect(x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height).toBe(true);
  });
});

describe('map inset', () => {
  it.each(WIDTHS)('shows China with Xinjiang filled, in a corner clear of the map\'s dots, at %i px', (width) => {
    const doc = parse(drawChart(locatorMap, context, { width }).svg);
    const inset = doc.querySelector('g.map-inset')!;
    expect(inset, 'inset').not.toBeNull();
    expect(inset.getAttribute('aria-hidden')).toBe('true');
    expect(inset.querySelectorAll('path')).toHaveLength(2);
    expect(inset.querySelector('path.accent')).not.toBeNull();
    const frame = locatorFrame(context, width);
    const { inset: box } = layoutLabels(rows(), context, frame, null);
    const corner = [box.x0 < 10, box.x1 > frame.width - 10].some(Boolean) && [box.y0 < 10, box.y1 > frame.height - 10].some(Boolean);
    expect(corner).toBe(true);
    for (const r of rows()) {
      const [x, y] = frame.project([r.lon, r.lat])!;
      expect(x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1, r.id).toBe(false);
    }
  });
});
