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
    expect(() => parseGazetteer('g.yaml', `${entry('a', ', venues: [Big Fair]')}\n- {id: b, name: Big Fair, aliases: [], kind: city, lat: 1, lon: 1, coordSource: s}`)).toThrow(/entry b: aliases: "Big Fair" also names a/);
  });
  it('reads the name of an event a place hosts as a mention of the place, in any letter case', () => {
    const urumqi = places.find((p) => p.id === 'urumqi')!;
    const venue = urumqi.venues![0]!;
    expect(ids(`The 2024 ${venue} signed 300 deals.`)).toEqual(['urumqi']);
    expect(ids(`Deals at the ${venue.toLowerCase()} grew.`)).toEqual(['urumqi']);
  });
});

describe('place finding and attachment', () => {
  it('prefers the longest name: a zone over the city it is named after', () => {
    expect(ids('Xinjiang Kashgar Economic Development Zone opened a bonded warehouse on Monday')).toEqual([ids('Kashgar Economic Development Zone')[0]]);
  });

  it('ignores a country named only as part of a larger name', () => {
    expect(ids('China-Europe freight trains and China Merchants')).toEqual([]);
  });

  const placesOf = (ctx: PlaceContext, text: string, paragraph: number, figure: string) =>
    ctx.placesFor(text, paragraph, finder.find(text), text.indexOf(figure), text.indexOf(figure) + figure.length).map((p) => p.id);

  it('attaches a figure to the place in its clause, and carries the place to the next sentence of the paragraph', () => {
    const ctx = new PlaceContext(finder.rank);
    const s1 = 'trains departing Urumqi rose by 36%; trains through the Alataw Pass reached 6,195.';
    expect(placesOf(ctx, s1, 0, '6,195')).toEqual(['alashankou']);
    ctx.note(0, finder.find(s1));
    const s2 = 'Over the first half of the year, 30 trains left.';
    expect(placesOf(ctx, s2, 0, '30 trains')).toEqual(['alashankou']);
    expect(placesOf(ctx, s2, 2, '30 trains')).toEqual([]);
    expect(placesOf(ctx, 'Trade at the port rose to 5 billion yuan.', 2, '5 billion yuan')).toEqual(['alashankou']);
  });

  it('takes places printed together as one joint place, in printed order', () => {
    const ctx = new PlaceContext(finder.rank);
    expect(placesOf(ctx, 'Freight trains through Khorgos and the Alataw Pass reached 12,000.', 0, '12,000')).toEqual(['horgos', 'alashankou']);
  });

  it('prefers the more specific place in the clause, even when it comes after the figure', () => {
    const ctx = new PlaceContext(finder.rank);
    expect(placesOf(ctx, 'Xinjiang saw 300 trucks a day cross at the Torugart Pass in May.', 0, '300 trucks')).toEqual(['torugart']);
  });

  it('skips the places in a quote\'s attribution', () => {
    const ctx = new PlaceContext(finder.rank);
    ctx.note(0, finder.find('Kashgar has grown fast.'));
    const s = '"So far, 12 billion yuan has been invested," said Li Ming, head of the Horgos Economic Development Zone.';
    expect(placesOf(ctx, s, 0, '12 billion yuan')).toEqual(['kashgar']);
  });

  it('never takes a trade partner, a source of goods or a meeting\'s venue while the clause or the paragraph names another place', () => {
    const ctx = new PlaceContext(finder.rank);
    const partner = "Kyrgyzstan's trade with China reached $19 billion.";
    expect(placesOf(ctx, partner, 0, '$19 billion')).toEqual(['kyrgyzstan']);
    ctx.note(0, finder.find(partner), partner);
    expect(placesOf(ctx, 'Imports from China came to $18 billion.', 0, '$18 billion')).toEqual(['kyrgyzstan']);
    const venue = 'Kashgar Prefecture signed 40 projects at a fair held in Urumqi.';
    expect(placesOf(ctx, venue, 1, '40 projects')).toEqual(['kashgar-prefecture']);
    // A train's origin is where it is counted; money given to a place is that place's.
    expect(placesOf(ctx, 'Trains that set off from Urumqi made 900 trips.', 2, '900 trips')).toEqual(['urumqi']);
    expect(placesOf(ctx, 'Jiangsu gave 2 billion yuan in aid to Kashgar.', 3, '2 billion yuan')).toEqual(['kashgar']);
    // A market goods are sold in is where they go, not where the plant that makes them stands.
    const plant = new PlaceContext(finder.rank);
    plant.note(0, finder.find('A dairy plant is rising in Horgos.'));
    expect(placesOf(plant, 'Its milk will serve the local market of Xinjiang, and it will create 800 jobs.', 0, '800 jobs')).toEqual(['horgos']);
    // With nothing else to go on, the partner is the best there is.
    expect(placesOf(new PlaceContext(finder.rank), 'Imports from China came to $18 billion.', 0, '$18 billion')).toEqual(['china']);
  });

  it('gives a quote whose paragraph names no place the place of the speaker\'s post', () => {
    const ctx = new PlaceContext(finder.rank);
    ctx.note(0, finder.find('Kashgar has grown fast.'));
    const s = '"Checks now take 40 minutes," said Li Ming, head of the Horgos Economic Development Zone.';
    expect(placesOf(ctx, s, 1, '40 minutes')).toEqual(['horgos-edz']);
    const unplaced = '"Checks now take 40 minutes," said Li Ming, who has long worked there.';
    expect(placesOf(ctx, unplaced, 1, '40 minutes')).toEqual([]);
  });

  it('resolves "the district" and "the region" to an earlier place of the matching kind', () => {
    const ctx = new PlaceContext(finder.rank);
    const s1 = 'Work resumed at the Kashi Economic Development Zone.';
    ctx.note(0, finder.find(s1));
    ctx.note(1, finder.find('Kashgar is an old Silk Road city.'));
    expect(placesOf(ctx, 'The district has signed 12 projects to support Kashgar.', 2, '12 projects')).toEqual(['kashgar-edz']);
    const s2 = 'The prefecture of Kashgar borders Tajikistan.';
    ctx.note(3, finder.find(s2));
    expect(placesOf(ctx, 'Foreign trade in the region reached 9 billion yuan.', 3, '9 billion yuan')).toEqual(['kashgar-prefecture']);
  });

  it('gives a figure used as an adjective to the name it describes', () => {
    const ctx = new PlaceContext(finder.rank);
    const s = 'The Urumqi Area is part of the 179.66-square-kilometer Xinjiang Free Trade Zone.';
    expect(placesOf(ctx, s, 0, '179.66-square-kilometer')).toEqual(['xinjiang-ftz']);
  });

  it('matches names of several words in any letter case, single words only as printed', () => {
    expect(ids('the kashi area covers 28 square kilometers')).toEqual(['ftz-kashgar']);
    expect(ids('an old friend from osh')).toEqual([]);
  });

  it('matches a name across a line break or doubled spaces, only where the name ends a word, and at the very end of the text', () => {
    expect(ids('the Kashi\n  Area covers 28 square kilometers')).toEqual(['ftz-kashgar']);
    const kashgar = finder.find('Trains left Kashgar');
    expect(kashgar.map((m) => [m.place.id, m.start, m.end])).toEqual([['kashgar', 12, 19]]);
    expect(ids('Kashgari poets')).toEqual([]);
    expect(ids('Kashga')).toEqual([]);
    expect(ids('Ürümqi «Kashgar» — Urumqi')).toEqual(['urumqi', 'kashgar', 'urumqi']);
  });
});
