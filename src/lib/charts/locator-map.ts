/**
 * The locator map: Xinjiang among its neighbours, the hub system, the ports
 * and places the facts name, and the schematic corridors west. Borders come
 * from `content/geo/basemap.json`, hubs and corridors from
 * `content/geo/corridors.yaml`, places from the gazetteer and the facts.
 */
import * as Plot from '@observablehq/plot';
import type { Feature, LineString } from 'geojson';
import type { ChartColumn, ChartContext, ChartModule, ChartOptions } from './chart-types.ts';
import { ACCENT, baseSpec, DIM } from './plot-defaults.ts';
import { locatorFrame } from './locator/map-frame.ts';
import { corridorPaths, isHub, layoutLabels, RADIUS } from './locator/map-layout.ts';
import { mapPlaces, ROLES, type LocatorRow } from './locator/map-places.ts';
import { ANCHORS, type Anchor } from './locator/place-labels.ts';

export type { LocatorRow } from './locator/map-places.ts';

/** How country borders and the frame are stroked: quiet, behind the data. They carry no title: the map's alt text says what it shows. */
const BORDER = { stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 0.75, ariaHidden: 'true' } as const;

type Corridor = Feature<LineString, { id: string; name: string }>;

function corridorLines(context: ChartContext): Corridor[] {
  const paths = corridorPaths(context);
  return context.corridors.corridors.map((c, i) => ({
    type: 'Feature',
    properties: { id: c.id, name: c.name },
    geometry: { type: 'LineString', coordinates: paths[i] ?? [] },
  }));
}

/** Splits items into the ones the step is about and the rest, which get {@link DIM} when a focus is set. */
function byFocus<T>(items: T[], inFocus: (item: T) => boolean, focus: string | null, base: string | undefined, mark: (items: T[], className: string | undefined) => Plot.Markish): Plot.Markish[] {
  const focused = focus === null ? [] : items.filter(inFocus);
  const rest = items.filter((item) => !focused.includes(item));
  const dim = focus === null ? base : [base, DIM].filter(Boolean).join(' ');
  return [rest.length ? mark(rest, dim) : null, focused.length ? mark(focused, base) : null];
}

function plot(rows: LocatorRow[], options: ChartOptions, context: ChartContext): Plot.PlotOptions {
  const { basemap } = context;
  const { focus } = options;
  const lines = corridorLines(context);
  const frame = locatorFrame(context, options.width);
  const focusRow = rows.find((r) => r.placeIds.includes(focus ?? ''));
  const labels = layoutLabels(rows, context, frame, focusRow?.id ?? null);
  const isFocus = (id: string) => id === focus || id === focusRow?.id;
  const placeIs = (d: { id: string }) => isFocus(d.id);
  const groups = (role: (r: LocatorRow) => boolean) => rows.filter(role);
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
      ...byFocus([basemap.xinjiang], () => isFocus('xinjiang'), focus, ACCENT, (data, className) =>
        Plot.geo(data, { fill: 'currentColor', fillOpacity: 0.15, stroke: 'currentColor', strokeWidth: 1, title: (f) => f.properties.name, className })),
      ...byFocus(lines, (l) => isFocus(l.properties.id), focus, ACCENT, (data, className) =>
        Plot.geo(data, { stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '5 3', title: (l) => l.properties.name, className })),
      ...[...new Set(labels.areas.map((a) => a.size))].flatMap((size) => byFocus(labels.areas.filter((a) => a.size === size), placeIs, focus, 'area-label', (data, className) =>
        Plot.text(data, { x: 'lon', y: 'lat', text: 'text', fontSize: size, className }))),
      ...byFocus(groups((r) => !isHub(r) && r.role !== 'port'), placeIs, focus, undefined, (data, className) =>
        Plot.dot(data, { x: 'lon', y: 'lat', r: RADIUS.place, fill: 'none', stroke: 'currentColor', strokeWidth: 1.25, title: 'name', className })),
      ...byFocus(groups((r) => r.role === 'port'), placeIs, focus, undefined, (data, className) =>
        Plot.dot(data, { x: 'lon', y: 'lat', r: RADIUS.place, fill: 'currentColor', title: 'name', className })),
      ...byFocus(groups(isHub), placeIs, focus, ACCENT, (data, className) =>
        Plot.dot(data, { x: 'lon', y: 'lat', r: RADIUS.hub, fill: 'currentColor', title: 'name', className })),
      ...(Object.keys(ANCHORS) as Anchor[]).flatMap((anchor) =>
        byFocus(labels.places.filter((p) => p.anchor === anchor), placeIs, focus, undefined, (data, className) =>
          Plot.text(data, { x: 'lon', y: 'lat', text: 'text', ...ANCHORS[anchor], className }))),
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
