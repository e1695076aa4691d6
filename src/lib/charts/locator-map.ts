/**
 * The locator map: Xinjiang among its neighbours, the hub system, the ports
 * and places the facts name, and the schematic corridors west as far as a
 * source describes them. Borders come
 * from `content/geo/basemap.json`, hubs and corridors from
 * `content/geo/corridors.yaml`, places from the gazetteer and the facts.
 */
import * as Plot from '@observablehq/plot';
import type { Feature, LineString } from 'geojson';
import type { ChartColumn, ChartContext, ChartModule, ChartOptions } from './chart-types.ts';
import { ACCENT, baseSpec, byFocus, DIM } from './plot-defaults.ts';
import { locatorFrame } from './locator/map-frame.ts';
import { byPriority, corridorPaths, isHub, layoutLabels, neighbours, RADIUS, type MapLabels } from './locator/map-layout.ts';
import { describedCorridors } from './locator/described-corridors.ts';
import { insetMark } from './locator/map-inset.ts';
import { mapPlaces, ROLES, type LocatorRow } from './locator/map-places.ts';
import { ANCHORS, type Anchor } from './locator/place-labels.ts';

export type { LocatorRow } from './locator/map-places.ts';

/** How country borders and the frame are stroked: quiet, behind the data. They carry no title: the map's alt text says what it shows. */
const BORDER = { stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 0.75, ariaHidden: 'true' } as const;

type Corridor = Feature<LineString, { id: string; name: string }>;

function corridorLines(context: ChartContext): Corridor[] {
  const paths = corridorPaths(context);
  return describedCorridors(context).map((c, i) => ({
    type: 'Feature',
    properties: { id: c.id, name: c.name },
    geometry: { type: 'LineString', coordinates: paths[i] ?? [] },
  }));
}


type Leader = { id: string; x1: number; y1: number; x2: number; y2: number };
const TEXT_ANCHORS = ['start', 'middle', 'end'] as const;

/** The leaders of the callouts, from the label's end to its point. */
function leaders(labels: MapLabels): Leader[] {
  return [...labels.places, ...labels.areas].flatMap((l) => (l.leaderLonLat ? [{ id: l.id, x1: l.leaderLonLat[1][0], y1: l.leaderLonLat[1][1], x2: l.leaderLonLat[0][0], y2: l.leaderLonLat[0][1] }] : []));
}

/**
 * The labels, placed with only the markers that keep theirs: a first pass
 * finds the markers whose names fit, a second places the names again
 * without the dropped markers in the way; greedy placement is not
 * monotone, so the pass that names more countries, then more places, wins.
 * Then, while a country that borders Xinjiang is still unnamed, markers
 * give way, least important first (never a hub, never the step's focus),
 * each only if that names another country.
 * Every marker drawn is named; the corridor lines still run through the
 * places whose markers went.
 */
function labelledOnly(rows: LocatorRow[], context: ChartContext, frame: ReturnType<typeof locatorFrame>, focus: string | null): MapLabels {
  const score = (labels: MapLabels) => labels.areas.length * 100 + labels.places.length;
  const best = (kept: LocatorRow[]) => {
    const first = layoutLabels(kept, context, frame, focus);
    const named = new Set(first.places.map((p) => p.id));
    if (named.size === kept.length) return first;
    const second = layoutLabels(kept.filter((r) => named.has(r.id)), context, frame, focus);
    return score(second) >= score(first) ? second : first;
  };
  const near = neighbours(context.basemap);
  const countries = (l: MapLabels) => l.areas.filter((a) => near.has(a.id)).length;
  let labels = best(rows);
  // Each marker, least important first, is tried once: it goes only if that names another country.
  for (const victim of byPriority(rows, context).reverse()) {
    if (countries(labels) === near.size) break;
    if (isHub(victim) || victim.id === focus || !labels.places.some((p) => p.id === victim.id)) continue;
    const kept = rows.filter((r) => r !== victim && labels.places.some((p) => p.id === r.id));
    const trial = best(kept);
    if (countries(trial) > countries(labels)) labels = trial;
  }
  return labels;
}

function plot(rows: LocatorRow[], options: ChartOptions, context: ChartContext): Plot.PlotOptions {
  const { basemap } = context;
  const { focus } = options;
  const lines = corridorLines(context);
  const frame = locatorFrame(context, options.width);
  const focusRow = rows.find((r) => r.placeIds.includes(focus ?? ''));
  const labels = labelledOnly(rows, context, frame, focusRow?.id ?? null);
  const named = new Set(labels.places.map((p) => p.id));
  const isFocus = (id: string) => id === focus || id === focusRow?.id;
  const placeIs = (d: { id: string }) => focus === null || isFocus(d.id);
  // A marker whose name does not fit is not drawn: an unnamed dot tells the reader nothing. The data table lists every place.
  const groups = (role: (r: LocatorRow) => boolean) => rows.filter((r) => named.has(r.id) && role(r));
  const background = focus === null ? undefined : DIM;
  const focusCountries = basemap.countries.features.filter((f) => isFocus(f.properties.id));

  return {
    ...baseSpec(options),
    width: frame.width,
    height: frame.height,
    margin: 0,
    projection: frame.projection,
    marks: [
      // Borders are drawn once each, as lines; a country the step is about gets its own outline on top.
      Plot.frame({ ...BORDER, className: background }),
      Plot.geo(basemap.borders, { ...BORDER, className: background }),
      focusCountries.length ? Plot.geo(focusCountries, { stroke: 'currentColor', strokeWidth: 1.5, title: (f) => f.properties.name }) : null,
      ...byFocus([basemap.xinjiang], () => focus === null || isFocus('xinjiang'), ACCENT, (data, className) =>
        Plot.geo(data, { fill: 'currentColor', fillOpacity: 0.15, stroke: 'currentColor', strokeWidth: 1, title: (f) => f.properties.name, className })),
      ...byFocus(lines, (l) => focus === null || isFocus(l.properties.id), ACCENT, (data, className) =>
        Plot.geo(data, { stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '5 3', title: (l) => l.properties.name, className })),
      ...[...new Set(labels.areas.map((a) => a.size))].flatMap((size) => TEXT_ANCHORS.flatMap((textAnchor) => byFocus(labels.areas.filter((a) => a.size === size && a.textAnchor === textAnchor), placeIs, 'area-label', (data, className) =>
        Plot.text(data, { x: 'lon', y: 'lat', text: 'text', fontSize: size, lineHeight: 1.2, textAnchor, className })))),
      ...byFocus(leaders(labels), placeIs, undefined, (data, className) =>
        Plot.link(data, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', curve: 'linear', stroke: 'currentColor', strokeOpacity: 0.6, strokeWidth: 0.75, ariaHidden: 'true', className })),
      ...byFocus(groups((r) => !isHub(r) && r.role !== 'port'), placeIs, undefined, (data, className) =>
        Plot.dot(data, { x: 'lon', y: 'lat', r: RADIUS.place, fill: 'none', stroke: 'currentColor', strokeWidth: 1.25, title: 'name', className })),
      ...byFocus(groups((r) => r.role === 'port'), placeIs, undefined, (data, className) =>
        Plot.dot(data, { x: 'lon', y: 'lat', r: RADIUS.place, fill: 'currentColor', title: 'name', className })),
      ...byFocus(groups(isHub), placeIs, ACCENT, (data, className) =>
        Plot.dot(data, { x: 'lon', y: 'lat', r: RADIUS.hub, fill: 'currentColor', title: 'name', className })),
      ...(Object.keys(ANCHORS) as Anchor[]).flatMap((anchor) =>
        byFocus(labels.places.filter((p) => !p.callout && p.anchor === anchor), placeIs, undefined, (data, className) =>
          Plot.text(data, { x: 'lon', y: 'lat', text: 'text', ...ANCHORS[anchor], className }))),
      ...TEXT_ANCHORS.flatMap((textAnchor) =>
        byFocus(labels.places.filter((p) => p.callout?.textAnchor === textAnchor), placeIs, undefined, (data, className) =>
          Plot.text(data, { x: 'lon', y: 'lat', text: 'text', textAnchor, className }))),
      insetMark(basemap.inset, labels.inset, background ?? ''),
    ],
  };
}

/** The data table's columns. */
function columns(words: ChartContext['words']): ChartColumn[] {
  return [
    { key: 'name', label: words.labels.place },
    { key: 'role', label: words.labels.role },
    { key: 'lat', label: words.labels.latitude },
    { key: 'lon', label: words.labels.longitude },
    { key: 'figure', label: words.labels.portFigure },
    { key: 'facts', label: words.labels.factCount },
    { key: 'includes', label: words.labels.includes },
  ];
}

/** The alt-text sentence from the data alone: each role with the places that have it. */
function describe(rows: LocatorRow[]): string {
  return ROLES.map((role) => rows.filter((r) => r.role === role).map((r) => r.name))
    .map((names, i) => (names.length ? `${ROLES[i]!.replace(/^./, (c) => c.toUpperCase())} (${names.length}): ${names.join(', ')}.` : ''))
    .filter(Boolean).join(' ');
}

/** The locator map chart. */
export const locatorMap: ChartModule<LocatorRow> = {
  id: 'locator-map',
  rows: mapPlaces,
  plot,
  columns,
  describe,
  attribution: (context) => context.basemap.attribution,
};
