/**
 * Loads the locator map's reference data: the basemap written by
 * `npm run basemap` and the hand-curated corridors. Errors name the file,
 * the field and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Basemap, Corridors, type Place } from '../../schema.ts';
import { readCached } from '../memo/memo.ts';
import { loadYaml } from './load-yaml.ts';

/** Loads and validates `content/geo/basemap.json`, once per content of the file. */
export function loadBasemap(path = 'content/geo/basemap.json'): Basemap {
  return readCached(path, readBasemap);
}

function readBasemap(path: string): Basemap {
  const fix = 'Fix: regenerate it with `npm run basemap`';
  if (!existsSync(path)) throw new Error(`${path} is missing. ${fix}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}. ${fix}`);
  }
  const result = Basemap.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${path}: ${issue.path.join('.') || 'file'}: ${issue.message}. ${fix}`);
}

/** The hand-curated corridors of the locator map. */
export const CORRIDORS_PATH = 'content/geo/corridors.yaml';

/**
 * Loads and validates `content/geo/corridors.yaml`; every id it uses must
 * be a place in the gazetteer.
 */
export function loadCorridors(path = CORRIDORS_PATH, places: ReadonlyMap<string, Place>): Corridors {
  return checkCorridors(path, loadYaml(path, Corridors), places);
}

/** `corridors`, once every place id it uses is in `places`; throws naming the file and the field. */
export function checkCorridors(path: string, corridors: Corridors, places: ReadonlyMap<string, Place>): Corridors {
  const used: [string, string][] = [
    ['hubs.centre', corridors.hubs.centre],
    ...corridors.hubs.fulcrums.map((id, i): [string, string] => [`hubs.fulcrums.${i}`, id]),
    ...corridors.corridors.flatMap((c, i) => c.places.map((id, j): [string, string] => [`corridors.${i}.places.${j}`, id])),
  ];
  for (const [field, id] of used) {
    if (!places.has(id)) throw new Error(`${path}: ${field}: no place has the id "${id}". Fix: use an id from content/gazetteer.yaml, or add the place there`);
  }
  const ids = new Set<string>();
  for (const [i, corridor] of corridors.corridors.entries()) {
    if (ids.has(corridor.id)) throw new Error(`${path}: corridors.${i}.id: "${corridor.id}" is used twice. Fix: give each corridor its own id`);
    ids.add(corridor.id);
  }
  return corridors;
}
