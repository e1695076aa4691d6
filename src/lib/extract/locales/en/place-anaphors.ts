/**
 * English phrases that point back to a place named earlier (`the port`,
 * `the zone`, `it`), for `anaphor.ts`.
 */
import type { Place } from '../../../../schema.ts';

/**
 * Words that point back to a place named earlier, and the kinds of place each
 * can mean, likeliest first (null: any). "District" in translated copy is
 * most often a development zone.
 */
export const ANAPHORS: Readonly<Record<string, readonly Place['kind'][] | null>> = {
  district: ['zone', 'county'],
  zone: ['zone'],
  park: ['zone'],
  'pilot zone': ['zone'],
  'free trade zone': ['zone'],
  ftz: ['zone'],
  'bonded zone': ['zone'],
  'land port': ['port', 'zone'],
  'port area': ['zone', 'port'],
  checkpoint: ['port'],
  crossing: ['port'],
  'border crossing': ['port'],
  pass: ['port'],
  station: ['port', 'city'],
  area: ['zone', 'prefecture', 'city', 'region'],
  // A "land port area" is a zone that articles call "the port".
  port: ['port', 'city', 'zone'],
  hub: ['port', 'zone', 'city'],
  center: ['zone', 'port'],
  centre: ['zone', 'port'],
  city: ['city'],
  county: ['county'],
  town: ['county', 'city'],
  prefecture: ['prefecture'],
  region: ['region', 'prefecture'],
  country: ['country'],
  nation: ['country'],
  project: null,
};

/** Modifiers that may stand between the determiner and the head: `the first pilot FTZ`, `this key checkpoint`. */
export const ANAPHOR_MODIFIERS = ['first', 'new', 'pilot', 'key', 'main', 'largest', 'only', 'same', 'whole', 'border', 'inland', 'international', 'development', 'economic', 'industrial', 'comprehensive', 'bonded', 'cooperation', 'logistics'];

/** Words that put a figure at the scale of a whole country: the country the article is about, never a port in it. */
export const NATIONWIDE = ['nationwide', 'across the country', 'throughout the country', 'across the nation', 'nationally', 'the national total'];
