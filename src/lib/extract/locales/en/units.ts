/**
 * The unit registry, in English: every unit noun the extractor counts,
 * declared once with its words, the kind and measure it suggests, and the
 * flags other stages read (subject heads, topics, labels). Adding a unit is
 * one entry here; a new measure also needs its line in `measures.ts` and its
 * label in `content/measures.yaml` (a test checks both).
 */
import type { FactKind } from '../../../../schema.ts';

/** A unit noun: the words that name it, its canonical unit and the kind it suggests. */
export interface UnitNoun {
  /** Canonical plural unit, e.g. `trains`, `tonnes`, `km2`. */
  unit: string;
  /** Surface forms, singular and plural, lower case. */
  words: readonly string[];
  /** The kind this unit suggests before context is read; null means "decide from context". */
  kind: FactKind | null;
  /** The measure a count in this unit is when nothing else is said (`trains` → `train-trips`); the unit itself otherwise. */
  measure?: string;
  /** True when the noun can head the subject of a change: "freight trains via Khorgos increased by 12.6%". */
  subject?: boolean;
  /** True when sharing it shows two sentences are about the same things, so a period can carry from one to the next. */
  topic?: boolean;
  /** How the unit is printed for people, singular and plural, when not its own name. */
  label?: readonly [string, string];
}

/** Unit nouns. A count is only read when its noun is one of these. */
export const UNIT_NOUNS: readonly UnitNoun[] = [
  { unit: 'trains', words: ['train', 'trains', 'trips', 'trip'], kind: 'trains', subject: true, topic: true, measure: 'train-trips' },
  { unit: 'projects', words: ['project', 'projects'], kind: 'project', subject: true, topic: true, measure: 'projects' },
  { unit: 'enterprises', words: ['enterprise', 'enterprises', 'company', 'companies', 'firm', 'firms', 'businesses', 'market entities', 'market entity', 'business entities'], kind: 'project', subject: true, topic: true, measure: 'enterprises' },
  { unit: 'vehicles', words: ['vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'lorries'], kind: 'port', subject: true, topic: true, measure: 'vehicles' },
  { unit: 'tonnes', words: ['tonne', 'tonnes', 'ton', 'tons', 'metric tons', 'metric tonnes'], kind: 'port', subject: true, topic: true, measure: 'cargo-volume' },
  { unit: 'TEU', words: ['teu', 'teus', 'twenty-foot equivalent units', 'standard containers'], kind: 'port', subject: true, topic: true, measure: 'container-volume', label: ['TEU', 'TEU'] },
  { unit: 'containers', words: ['container', 'containers'], kind: 'port', subject: true, topic: true, measure: 'container-volume' },
  { unit: 'routes', words: ['route', 'routes', 'railway express services', 'train services', 'freight services', 'rail services', 'express services'], kind: 'other', topic: true, measure: 'routes' },
  { unit: 'passengers', words: ['passenger', 'passengers', 'person-times'], kind: 'port', subject: true, topic: true, measure: 'passengers' },
  { unit: 'jobs', words: ['job', 'jobs', 'employment', 'employees'], kind: 'other' },
  { unit: 'people', words: ['people', 'persons', 'workers', 'residents'], kind: 'other' },
  { unit: 'households', words: ['household', 'households'], kind: 'other' },
  { unit: 'visitors', words: ['visitor', 'visitors', 'visits', 'tourists'], kind: 'other', subject: true },
  { unit: 'exhibitors', words: ['exhibitor', 'exhibitors'], kind: 'other' },
  { unit: 'ports', words: ['port', 'ports'], kind: 'port' },
  { unit: 'countries', words: ['country', 'countries'], kind: 'other' },
  { unit: 'cities', words: ['city', 'cities'], kind: 'other' },
  { unit: 'agreements', words: ['agreement', 'agreements', 'contracts'], kind: 'other' },
  { unit: 'measures', words: ['measure', 'measures'], kind: 'other' },
  { unit: 'units', words: ['unit', 'units', 'sets'], kind: 'other' },
  { unit: 'acres', words: ['acre', 'acres'], kind: 'other', measure: 'area' },
  { unit: 'mu', words: ['mu'], kind: 'other', measure: 'area' },
  { unit: 'hectares', words: ['hectare', 'hectares'], kind: 'other', measure: 'area' },
  { unit: 'km2', words: ['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km', 'km2'], kind: 'other', measure: 'area', label: ['square kilometre', 'square kilometres'] },
  { unit: 'm2', words: ['square meters', 'square metres', 'square meter', 'square metre'], kind: 'other', measure: 'area', label: ['square metre', 'square metres'] },
  { unit: 'km', words: ['kilometers', 'kilometres', 'kilometer', 'kilometre', 'km'], kind: 'other', measure: 'distance', label: ['kilometre', 'kilometres'] },
  { unit: 'm', words: ['meters', 'metres', 'meter', 'metre'], kind: 'other', measure: 'distance', label: ['metre', 'metres'] },
  { unit: 'GW', words: ['gw', 'gigawatt', 'gigawatts'], kind: 'other', measure: 'power-capacity', label: ['GW', 'GW'] },
  { unit: 'MW', words: ['mw', 'megawatt', 'megawatts'], kind: 'other', measure: 'power-capacity', label: ['MW', 'MW'] },
  { unit: 'kW', words: ['kw', 'kilowatt', 'kilowatts'], kind: 'other', measure: 'power-capacity', label: ['kW', 'kW'] },
  { unit: 'categories', words: ['categories', 'category', 'types of goods', 'kinds of goods', 'varieties'], kind: 'other', measure: 'goods-categories' },
  { unit: 'provinces', words: ['provinces', 'municipalities'], kind: 'other' },
  { unit: 'teams', words: ['team', 'teams'], kind: 'other' },
  { unit: 'tracks', words: ['track', 'tracks'], kind: 'other' },
  { unit: 'hours', words: ['hour', 'hours'], kind: 'port', measure: 'duration' },
  { unit: 'minutes', words: ['minute', 'minutes'], kind: 'port', measure: 'duration' },
  { unit: 'days', words: ['day', 'days', 'working days'], kind: 'other', measure: 'duration' },
];
