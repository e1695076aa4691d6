/**
 * Reading patterns of the product issue that need a whole article: places
 * (translation variants, pointing back with "the port", "the district",
 * "the zone"), periods carried within a paragraph, kinds and measures, and
 * page furniture. The articles are new, written in the style of Xinhua /
 * China Daily / Tianshan Net wire copy about Xinjiang; none is taken from
 * content/articles. Expectations are what a careful reporter would read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle, type ArticleReading } from '../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import type { Article, Fact } from '../src/schema.ts';

const finder = createPlaceFinder(parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8')));

/** Reads an article whose body is the given paragraphs, separated by blank lines. */
const read = (published: string, paragraphs: readonly string[]): ArticleReading => {
  const article: Article = {
    id: 'test-article',
    path: 'content/articles/test-article.md',
    data: { title: 'T', publisher: 'Xinhua', published },
    body: `${paragraphs.join('\n\n')}\n`,
  };
  return readArticle(article, finder);
};

/** There is exactly one fact with this value and unit, and it matches `expected`. */
const fact = (reading: ArticleReading, value: number, unit: string, expected: Partial<Fact> | Record<string, unknown>) => {
  const found = reading.facts.filter((f) => f.value === value && f.unit === unit);
  expect.soft(found, `the fact of ${value} ${unit}`).toMatchObject([expected]);
};

describe('places: translation variants', () => {
  const variants: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['kashgar', ['Kashgar', 'Kashi']],
    ['horgos', ['Horgos', 'Khorgos', 'Khorgas', 'Holgos']],
    ['alashankou', ['Alataw Pass', 'Alashankou']],
    ['torugart', ['Torugart', 'Turgat', 'Turgart']],
    ['irkeshtam', ['Irkeshtan', 'Irkeshtam']],
    ['tacheng', ['Tacheng', 'Taocheng']],
    ['hotan', ['Hotan', 'Hetian']],
    ['kizilsu', ['Kezhou', 'Kizilsu']],
    ['wuqia', ['Wuqia', 'Ulugqat']],
    ['andijan', ['Andijan', 'Andijon']],
  ];
  it('resolves every spelling to the same gazetteer id', () => {
    for (const [id, names] of variants) {
      for (const name of names) {
        const sentence = `Trucks loaded with fruit from ${name} queued overnight before customs opened.`;
        expect.soft(finder.find(sentence).map((m) => m.place.id), sentence).toEqual([id]);
      }
    }
  });

  it('attaches facts to the id whatever the spelling, and reports unknown place-like names', () => {
    const r = read('2023-07-15', [
      'Foreign trade in Hetian reached 5.2 billion yuan last year.',
      'The Turgat Port cleared 1,500 vehicles in June, while a new logistics center rose near Bayinkuluti Town.',
    ]);
    fact(r, 5_200_000_000, 'CNY', { places: ['hotan'], kind: 'trade', measure: 'trade-value' });
    fact(r, 1500, 'vehicles', { places: ['torugart'], kind: 'port' });
    expect.soft(r.unknownPlaces).toEqual(['Bayinkuluti Town']);
  });
});

describe('a Xinhua-style round-up: kinds, measures, places and periods', () => {
  const r = read('2023-07-15', [
    'URUMQI, July 14 (Xinhua) -- A total of 3,216 China-Europe freight trains passed through the Alataw Pass during the first half of this year, up 18.5 percent year-on-year, according to the local customs. The port also handled 9.8 million tonnes of cargo during the period.',
    'Horgos Port saw an average of about 1,100 vehicles cleared every day in June. Currently, 1,320 foreign trade enterprises are registered at the port.',
    'The Kashgar Economic Development Zone signed 26 projects with a contracted investment of 12.8 billion yuan from January to June. The district also put 4.6 billion yuan of funds in place.',
    'The regional government has earmarked 615 million yuan of government investment for upgrading the Torugart Port this year.',
    'Jiangsu Province provided 1.9 billion yuan in counterpart aid to Kezhou last year.',
    "Xinjiang's outbound investment in Kazakhstan reached 480 million U.S. dollars in 2022.",
  ]);
  const h1 = { start: '2023-01-01', end: '2023-06-30' };

  it('reads train trips and cargo volume at a port, "the port" pointing back and the period carried over', () => {
    fact(r, 3216, 'trains', { kind: 'trains', measure: 'train-trips', places: ['alashankou'], period: h1, change: { value: 18.5, unit: 'percent', basis: 'year-on-year' } });
    fact(r, 9_800_000, 'tonnes', { kind: 'port', measure: 'cargo-volume', places: ['alashankou'], period: { ...h1, inherited: true } });
  });

  it('reads vehicles per day and trading enterprises at a port', () => {
    fact(r, 1100, 'vehicles', { kind: 'port', measure: 'vehicles-per-day', approx: 'about', places: ['horgos-port'], period: { start: '2023-06-01', end: '2023-06-30' } });
    fact(r, 1320, 'enterprises', { kind: 'project', measure: 'trading-enterprises', places: ['horgos-port'], period: { start: null, end: '2023-07-15' } });
  });

  it('reads projects, contracted and in-place investment, "the district" meaning the zone', () => {
    const jan2jun = { start: '2023-01-01', end: '2023-06-30' };
    fact(r, 26, 'projects', { kind: 'project', measure: 'projects', places: ['kashgar-edz'], period: jan2jun });
    fact(r, 12_800_000_000, 'CNY', { kind: 'investment', measure: 'investment-contracted', places: ['kashgar-edz'], period: jan2jun });
    fact(r, 4_600_000_000, 'CNY', { kind: 'investment', measure: 'investment-in-place', places: ['kashgar-edz'], period: { ...jan2jun, inherited: true } });
  });

  it('reads government, aid and outward investment', () => {
    fact(r, 615_000_000, 'CNY', { kind: 'investment', measure: 'investment-government', places: ['torugart'], period: { start: '2023-01-01', end: '2023-12-31' } });
    fact(r, 1_900_000_000, 'CNY', { kind: 'investment', measure: 'investment-aid', places: ['kizilsu'], period: { start: '2022-01-01', end: '2022-12-31' } });
    fact(r, 480_000_000, 'USD', { kind: 'investment', measure: 'investment-outward', period: { start: '2022-01-01', end: '2022-12-31' } });
  });

  it('takes nothing from the dateline', () => {
    expect.soft(r.facts.map((f) => f.evidence[0]!.quote).filter((q) => /URUMQI|Xinhua\)/.test(q))).toEqual([]);
    expect.soft(r.facts).toHaveLength(10);
  });
});

describe('a China Daily-style feature dated only to the month', () => {
  const r = read('2024-11', [
    'The Horgos Area of the Xinjiang Pilot FTZ has attracted 1,025 new enterprises this year. The zone\'s import and export volume reached 46.1 billion yuan from January to October, up 35 percent.',
    'In Wuqia County, a new logistics center near Bayinkuluti Town will cover 860 acres. The project has a planned total investment of 4.5 billion yuan.',
    'The number of China-Europe freight trains departing from Urumqi rose 21.3 percent this year, with 23 train routes now linking the city with Europe and Central Asia.',
    'Baktu Port, on the border with Kazakhstan, opened a new cargo channel in May.',
    'Customs clearance at the port now takes less than 40 minutes.',
    'Outbound China-Europe freight trains via Khorgos increased by 12.6 percent in the first ten months.',
  ]);
  const y2024 = { start: '2024-01-01', end: '2024-12-31' };

  it('reads enterprises and trade value in a zone, "the zone" pointing back', () => {
    fact(r, 1025, 'enterprises', { kind: 'project', measure: 'enterprises', places: ['ftz-horgos'], period: y2024 });
    fact(r, 46_100_000_000, 'CNY', { kind: 'trade', measure: 'trade-value', places: ['ftz-horgos'], period: { start: '2024-01-01', end: '2024-10-31' }, change: { value: 35, unit: 'percent' } });
  });

  it('reads an area and a planned investment, with no period when none is named', () => {
    fact(r, 860, 'acres', { kind: 'other', measure: 'area', places: ['wuqia'], period: null });
    fact(r, 4_500_000_000, 'CNY', { kind: 'investment', measure: 'investment-planned', places: ['wuqia'], period: null });
    expect.soft(r.unknownPlaces).toEqual(['Bayinkuluti Town']);
  });

  it('reads the growth of train trips and the train routes of a city', () => {
    fact(r, 21.3, 'percent', { kind: 'trains', measure: 'train-trips-growth', places: ['urumqi'], period: y2024, change: { value: 21.3, unit: 'percent' } });
    fact(r, 23, 'routes', { kind: 'trains', measure: 'routes', places: ['urumqi'] });
    fact(r, 12.6, 'percent', { kind: 'trains', measure: 'train-trips-growth', places: ['horgos'], period: { start: '2024-01-01', end: '2024-10-31' } });
  });

  it('lets "the port" reach back to the port of the paragraph before; "now" holds as of publication, and says so', () => {
    fact(r, 40, 'minutes', { kind: 'other', measure: 'clearance-time', approx: 'less-than', places: ['baktu'], period: { start: null, end: '2024-11-30', from: 'published' } });
  });
});

describe('"the city" several paragraphs on: the city the story is about, not the last one named in passing', () => {
  const r = read('2025-03-10', [
    'Freight trains leaving Hami made 820 trips in 2024, the city government said.',
    'The trains carried machinery, textiles and fruit to 12 countries.',
    'A manager of a logistics firm based in Korla said his company had shipped equipment by rail for years.',
    'The city plans to run 1,000 trains in 2025.',
  ]);
  it('lends "the city" the lead\'s city', () => {
    fact(r, 1000, 'trains', { places: ['hami'], status: 'planned' });
  });
});

describe('a place named in passing is not lent to the next sentence', () => {
  const r = read('2025-04-15', [
    'Trade through the Kashgar area of the pilot FTZ reached 9.8 billion yuan in the first quarter, according to Kashgar Customs.',
    'A fruit trader in the zone said he ships apricots to Uzbekistan every week. He shipped 1,250 tonnes last month.',
  ]);
  it('takes neither the destination nor the quoted source, but the place the story is about', () => {
    expect(r.facts.find((f) => f.value === 1250)?.places).toEqual(['ftz-kashgar']);
  });
});

describe('a bare level that points back: "that figure passed 450"', () => {
  const r = read('2018-03-01', ['In 2017, 1,900 trucks crossed the Torugart Port. In the first two months of 2018, that figure exceeded 450.']);
  const none = read('2018-03-01', ['The Torugart Port is busy in winter. That figure reached 30 in January.']);
  it("gives it the unit, measure and place of the sentence before's figure, and its own period", () => {
    fact(r, 450, 'vehicles', { kind: 'port', measure: 'vehicles', places: ['torugart'], period: { start: '2018-01-01', end: '2018-02-28' } });
  });
  it('reads nothing where no figure stands in the sentence before', () => {
    expect(none.facts).toEqual([]);
    expect(none.unread.map((u) => u.figure)).toEqual(['30']);
  });
});

describe('a part of a set: "Of these, 40 were …" and "120 of the new firms"', () => {
  const r = read('2024-09-01', [
    'The Kashgar Economic Development Zone registered 900 new enterprises in the first half of 2024.',
    'Of these, 40 were foreign-funded, up 12 percent from a year earlier. Its bonded area accounted for 120 of the new enterprises.',
  ]);
  it('gives a part opening its sentence the set\'s unit, place and period, and its own change', () => {
    fact(r, 40, 'enterprises', { measure: 'enterprises', places: ['kashgar-edz'], period: { start: '2024-01-01', end: '2024-06-30' }, change: { value: 12, unit: 'percent' } });
  });
  it('reads the counted noun after a partitive "of the"', () => {
    fact(r, 120, 'enterprises', { measure: 'enterprises' });
  });
});

describe('a figure dated by a day the article tells of', () => {
  const r = read('2025-04-08', ['The Khunjerab Pass reopened on Monday after its winter closure.', 'On the first day, 45 containers crossed the pass. Last year, trade through the pass reached $320 million.']);
  it('borrows no period from the lead for "on the first day"', () => {
    fact(r, 45, 'containers', { places: ['khunjerab'], period: null });
    fact(r, 320_000_000, 'USD', { period: { start: '2024-01-01', end: '2024-12-31' } });
  });
});

describe('a place the gazetteer lacks', () => {
  const r = read('2025-03-01', ['Zerenville City signed eight projects worth 6 billion yuan, while Horgos signed 11 projects.']);
  it('keeps the places of other stretches away from a figure whose own stretch names it, and lists it for the editor', () => {
    fact(r, 8, 'projects', { places: [] });
    fact(r, 11, 'projects', { places: ['horgos'] });
    expect(r.unknownPlaces).toContain('Zerenville City');
  });
});

describe('page furniture', () => {
  const story = 'KASHGAR, May 5 (Xinhua) -- The Irkeshtam Port handled 1.35 million tonnes of cargo in 2023, customs data showed.';
  const furniture = [
    'By Mao Weihua in Urumqi | chinadaily.com.cn | Updated: 2024-05-06 09:15',
    'Source: Tianshan Net  Editor: Zhang Li  Views: 1,286',
    story,
    'Photo taken on May 3, 2024 shows trucks waiting at the Torugart Port, where 600 vehicles are cleared each day.',
    'A freight train carrying 50 containers leaves Horgos, May 3, 2024. (Xinhua/Ding Lei)',
    'Copyright © 2024 Xinjiang Daily. All rights reserved.',
  ];
  const tails: Record<string, readonly string[]> = {
    PREV: ['PREV Horgos sees 800 trains in April as trade with Kazakhstan grows.'],
    NEXT: ['NEXT: Kashgar signs 40 projects worth 9 billion yuan.'],
    'END': ['- END -', 'Urumqi airport served 2.6 million passengers in the first quarter.'],
  };
  const only = { value: 1_350_000, unit: 'tonnes', kind: 'port', measure: 'cargo-volume', places: ['irkeshtam'], period: { start: '2023-01-01', end: '2023-12-31' } };

  for (const [name, tail] of Object.entries(tails)) {
    it(`reads no figure from bylines, datelines, captions, copyright or a ${name} tail`, () => {
      const r = read('2024-05-06', [...furniture, ...tail]);
      expect.soft(r.facts, name).toHaveLength(1);
      expect.soft(r.facts[0], name).toMatchObject(only);
      expect.soft(r.facts[0]?.evidence[0]?.quote, name).toBe(story.slice(story.indexOf('The Irkeshtam')));
    });
  }
});
