import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlaceContext } from '../src/lib/extract/attach-place.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';

const places = parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8'));
const finder = createPlaceFinder(places);
const ids = (text: string) => finder.find(text).map((m) => m.place.id);
const byId = new Map(places.map((p) => [p.id, p]));

describe('gazetteer', () => {
  it('resolves translation variants to one place', () => {
    const id = (name: string) => ids(name)[0];
    expect(new Set(['Kashgar', 'Kashi'].map(id)).size).toBe(1);
    expect(new Set(['Horgos', 'Khorgos', 'Khorgas', 'Holgos'].map(id)).size).toBe(1);
    expect(new Set(['Torugart', 'Turgat', 'Turgart'].map(id)).size).toBe(1);
    expect(new Set(['Irkeshtan', 'Irkeshtam'].map(id)).size).toBe(1);
    expect(new Set(['Hotan', 'Hetian'].map(id)).size).toBe(1);
    expect(new Set(['Andijan', 'Andijon'].map(id)).size).toBe(1);
    expect(id('Alashankou')).toBe(id('Alataw Pass'));
  });

  it('keeps every Xinjiang place inside Xinjiang and on the Chinese side of the Alataw Pass', () => {
    const xinjiang = (p: (typeof places)[number]): boolean => p.id === 'xinjiang' || (p.parent !== undefined && xinjiang(byId.get(p.parent)!));
    for (const p of places.filter(xinjiang)) {
      expect(p.lat, p.id).toBeGreaterThan(34);
      expect(p.lat, p.id).toBeLessThan(49.5);
      expect(p.lon, p.id).toBeGreaterThan(73);
      expect(p.lon, p.id).toBeLessThan(96.5);
    }
    // Dostyk, the Kazakh post, lies west of the Chinese port.
    const alataw = byId.get(ids('Alataw Pass')[0]!)!;
    expect(alataw.lon).toBeGreaterThan(82.5);
    expect(places.every((p) => p.coordSource.length > 0)).toBe(true);
  });

  it('rejects a gazetteer with a duplicate alias or a missing parent, naming the entry', () => {
    const entry = (id: string, extra = '') => `- {id: ${id}, name: N${id}, aliases: [Same], kind: city, lat: 1, lon: 1, coordSource: s${extra}}`;
    expect(() => parseGazetteer('g.yaml', `${entry('a')}\n${entry('b')}`)).toThrow(/g\.yaml: entry b: aliases: "Same" also names a/);
    expect(() => parseGazetteer('g.yaml', entry('a', ', parent: nowhere'))).toThrow(/entry a: parent/);
  });
});

describe('place finding and attachment', () => {
  it('prefers the longest name: a zone over the city it is named after', () => {
    expect(ids('Xinjiang Kashgar Economic Development Zone recently held a ceremony')).toEqual([ids('Kashgar Economic Development Zone')[0]]);
  });

  it('ignores a country named only as part of a larger name', () => {
    expect(ids('China-Europe freight trains and China Merchants')).toEqual([]);
  });

  it('attaches a figure to the place in its clause, and carries the place to the next sentence of the paragraph', () => {
    const ctx = new PlaceContext();
    const s1 = 'trains departing Urumqi rose by 36%; trains through the Alataw Pass reached 6,195.';
    const m1 = finder.find(s1);
    expect(ctx.placeFor(s1, 0, m1, s1.indexOf('6,195'))?.id).toBe(ids('Alataw Pass')[0]);
    ctx.note(0, m1);
    const s2 = 'In the first half of the year, 30 trains left.';
    expect(ctx.placeFor(s2, 0, [], 10)?.id).toBe(ids('Alataw Pass')[0]);
    expect(ctx.placeFor(s2, 2, [], 10)).toBeNull();
    expect(ctx.placeFor('Trade at the port rose.', 2, [], 5)?.id).toBe(ids('Alataw Pass')[0]);
  });
});
