/**
 * Reading patterns of the product issue, sentence by sentence: money, counts,
 * changes, ranges, qualifiers and periods. The sentences are new, written in
 * the style of Xinhua / China Daily / Global Times / Tianshan Net wire copy
 * (and its machine translations) about Xinjiang in 2020–2025; none is taken
 * from content/articles. Expectations are what a careful reporter would read,
 * not what the extractor happens to return. Soft assertions, so one run lists
 * every miss.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../src/lib/extract/figures.ts';
import { findPeriods, resolvePeriod } from '../src/lib/extract/periods.ts';

/** Every figure of the sentence, in order, must match `expected` (same count). */
const figures = (sentence: string, expected: object[]) => expect.soft(findFigures(sentence), sentence).toMatchObject(expected);

/** The sentence has exactly one figure, and it matches `expected`. */
const one = (sentence: string, expected: object) => figures(sentence, [expected]);

/** The first period of the sentence as `[start, end]`, or null. */
const span = (sentence: string, published: string) => {
  const p = resolvePeriod(sentence, published);
  return p && [p.start, p.end];
};
const period = (sentence: string, published: string, expected: [string | null, string] | null) =>
  expect.soft(span(sentence, published), `${sentence} (published ${published})`).toEqual(expected);

describe('money', () => {
  it('reads scale words and every currency form, in base units', () => {
    figures('The Horgos Economic Development Zone signed 42 projects with a total contracted investment of 3 billion yuan during the first half of this year.', [
      { value: 42, unit: 'projects', approx: 'exact' },
      { value: 3_000_000_000, unit: 'CNY', approx: 'exact' },
    ]);
    one("Xinjiang's foreign trade totaled 355.287 billion yuan in 2023, an increase of 45.9 percent year-on-year, Urumqi Customs said on Thursday.", {
      value: 355_287_000_000, unit: 'CNY', change: { value: 45.9, unit: 'percent', basis: 'year-on-year' },
    });
    one('The autonomous region has allocated 615 million yuan to widen the highway linking Kashi and the Torugart Port.', { value: 615_000_000, unit: 'CNY' });
    one('Trade between Kazakhstan and Xinjiang reached 6.4 billion USD in the first quarter, official data showed.', { value: 6_400_000_000, unit: 'USD' });
    one('Uzbek companies signed deals worth $2.4 billion at the trade fair in Kashgar.', { value: 2_400_000_000, unit: 'USD' });
    one('A Hong Kong developer will pour US$1.2bn into a logistics hub near Khorgos.', { value: 1_200_000_000, unit: 'USD' });
    one('The Alashankou Comprehensive Bonded Zone aims to attract RMB 3 billion of new investment by 2025.', { value: 3_000_000_000, unit: 'CNY' });
    one('Fixed-asset investment in Xinjiang topped 1.1 trillion yuan last year.', { value: 1_100_000_000_000, unit: 'CNY' });
  });

  it('reads an amount printed in two currencies as one figure with its equivalent', () => {
    one('The Kashgar Comprehensive Bonded Zone reported imports and exports of 12.9 billion yuan ($1.8 billion) from January to September.', {
      value: 12_900_000_000, unit: 'CNY', equivalent: { value: 1_800_000_000, unit: 'USD' },
    });
    one('Contracts worth 8.25 billion yuan (about 1.15 billion U.S. dollars) were signed at the expo in Urumqi.', {
      value: 8_250_000_000, unit: 'CNY', equivalent: { value: 1_150_000_000, unit: 'USD' },
    });
    one('Trade with Kyrgyzstan reached 41.2 billion yuan (5.7 billion US dollars), up 22 percent.', {
      value: 41_200_000_000, unit: 'CNY', equivalent: { value: 5_700_000_000, unit: 'USD' }, change: { value: 22, unit: 'percent' },
    });
  });
});

describe('percentages and thousands separators', () => {
  it('reads a percentage glued to the next word in machine-translated copy', () => {
    one('Cargo throughput at Alataw Pass reached 8.6 million tonnes, an increase of 23.4%year -on -year.', {
      value: 8_600_000, unit: 'tonnes', change: { value: 23.4, unit: 'percent', basis: 'year-on-year' },
    });
    one('Horgos Port handled 3,890 China-Europe freight trains, an increase of 19%over the same period last year.', {
      value: 3890, unit: 'trains', change: { value: 19, unit: 'percent', basis: 'year-on-year' },
    });
    one('Imports through Irkeshtam rose 28.3%month-on-month in May.', {
      value: 28.3, unit: 'percent', isChange: true, change: { value: 28.3, unit: 'percent', basis: 'month-on-month' },
    });
  });

  it('reads thousands separators', () => {
    one('More than 5,900 China-Europe freight trains have passed through the Khorgos port so far this year.', { value: 5900, unit: 'trains', approx: 'more-than' });
    one('The Alashankou port handled 6,195 inbound and outbound trains in the first half.', { value: 6195, unit: 'trains', approx: 'exact' });
    one('Irkeshtam cleared 1,035,600 tonnes of goods last year.', { value: 1_035_600, unit: 'tonnes' });
    one('A total of 12,480 vehicles crossed the Torugart Port in March.', { value: 12_480, unit: 'vehicles' });
  });
});

describe('unit nouns', () => {
  const cases: Array<[string, number, string]> = [
    ['Kashgar dispatched 426 trips of southern Xinjiang freight trains to Central Asia last year.', 426, 'trains'],
    ['The land port area launched 58 trains bound for Tashkent and Almaty in May.', 58, 'trains'],
    ['The Tacheng pilot zone started construction on 37 key projects this spring.', 37, 'projects'],
    ['Some 112 enterprises have settled in the Irkeshtan Port Park.', 112, 'enterprises'],
    ['The fair in Andijan drew 46 Uzbek trading firms.', 46, 'enterprises'],
    ['Hotan has introduced 64 textile companies from eastern China.', 64, 'enterprises'],
    ['About 1,200 vehicles cross the Turgat Port every day.', 1200, 'vehicles'],
    ['A plant in Urumqi rolled out 680 new energy cars bound for Bishkek.', 680, 'vehicles'],
    ['The port imported 1.6 million metric tons of crude oil from Kazakhstan.', 1_600_000, 'tonnes'],
    ['Tacheng exported 830,000 tons of grain and oilseeds.', 830_000, 'tonnes'],
    ['Baktu handled 2.1 million tonnes of freight in 2024.', 2_100_000, 'tonnes'],
    ['Xinjiang now runs 124 international road transport routes to Central Asia.', 124, 'routes'],
    ['The Urumqi airport port served 2.3 million inbound and outbound passengers.', 2_300_000, 'passengers'],
    ['The cotton spinning project is expected to create 3,500 jobs for local residents.', 3500, 'jobs'],
    ['The cold-chain park in Kezhou covers 860 acres.', 860, 'acres'],
    ['The Horgos Area covers 73.9 square kilometers.', 73.9, 'km2'],
  ];
  it('maps trains and trips, projects, enterprises, companies and firms, vehicles and cars, tonnes, tons and metric tons, routes, passengers, jobs, acres and square kilometers to canonical units', () => {
    for (const [sentence, value, unit] of cases) one(sentence, { value, unit });
  });
});

describe('changes: multiples and from-to', () => {
  it('reads n-fold and "n times" as a change in unit fold', () => {
    one('Cross-border e-commerce parcels cleared at Kashgar registered a 3.2-fold increase year-on-year.', {
      value: 3.2, unit: 'fold', isChange: true, change: { value: 3.2, unit: 'fold', basis: 'year-on-year' },
    });
    one('Trade through the Irkeshtam Port has grown nearly five times since 2019.', {
      value: 5, unit: 'fold', approx: 'nearly', isChange: true, change: { value: 5, unit: 'fold' },
    });
    one('Imports of Kazakh wheat via Alashankou grew nearly five times in 2024.', {
      value: 5, unit: 'fold', approx: 'nearly', isChange: true, change: { value: 5, unit: 'fold' },
    });
    one('Tacheng imported 2.1 billion yuan of goods, a 3.2-fold increase over last year.', {
      value: 2_100_000_000, unit: 'CNY', isChange: false, change: { value: 3.2, unit: 'fold', basis: 'year-on-year' },
    });
    one('Freight volume on the Kashgar-Andijan route was five times that of last year.', {
      value: 5, unit: 'fold', isChange: true, change: { value: 5, unit: 'fold', basis: 'year-on-year' },
    });
  });

  it('reads "increased from A to B" as level B with a change from A', () => {
    one('The number of international freight routes operated from Urumqi has increased from 7 to 139.', {
      value: 139, unit: 'routes', change: { value: 132, unit: 'routes', from: 7 },
    });
    one('The number of enterprises in the Kashi FTZ increased from 26 in 2020 to 310 this year.', {
      value: 310, unit: 'enterprises', change: { value: 284, unit: 'enterprises', from: 26 },
    });
  });
});

describe('ranges', () => {
  it('reads "a to b <unit>", "a-b billion" and "between a and b" as one range', () => {
    one('Herders in Wuqia County earn 50,000 to 80,000 yuan a year from border trade services.', {
      value: 50_000, unit: 'CNY', range: { min: 50_000, max: 80_000 }, change: null,
    });
    one('The second phase of the Khorgos logistics park will require 5-8 billion yuan of investment.', {
      value: 5_000_000_000, unit: 'CNY', range: { min: 5_000_000_000, max: 8_000_000_000 },
    });
    one('Between 300 and 400 trucks cross the Baktu Port each day.', { value: 300, unit: 'vehicles', range: { min: 300, max: 400 } });
  });
});

describe('qualifiers', () => {
  it('keeps more than, over, about, nearly, exceeded, within, at least and up to', () => {
    one('The Khorgos Gateway has handled more than 2,000 trains since January.', { value: 2000, approx: 'more-than' });
    one('Over 1,000 enterprises from Central Asia have registered in Urumqi.', { value: 1000, approx: 'more-than' });
    one('About 450 vehicles pass through the Torugart Port daily.', { value: 450, approx: 'about' });
    one('The new trade center in Almaty is worth nearly 20 billion yuan.', { value: 20_000_000_000, approx: 'nearly' });
    one('Cargo volume at Alashankou exceeded 10 million tonnes for the first time.', { value: 10_000_000, approx: 'more-than' });
    one('Customs clearance at the Baktu Port is now completed within 30 minutes.', { value: 30, unit: 'minutes', approx: 'within' });
    one('Kashgar will open at least 15 new international logistics routes.', { value: 15, unit: 'routes', approx: 'at-least' });
    one('The new warehouse in Horgos can store up to 5,000 tonnes of fruit.', { value: 5000, unit: 'tonnes', approx: 'up-to' });
  });
});

describe('numbers written in words', () => {
  it('reads counts in words and ignores numbers in slogans', () => {
    one('Goods from the fair were shipped to five countries including Kazakhstan and Uzbekistan.', { value: 5, unit: 'countries' });
    one('Twenty-three logistics companies from Kyrgyzstan have opened offices in Kashi.', { value: 23, unit: 'enterprises' });
    one('Urumqi has opened six new China-Europe freight train routes.', { value: 6, unit: 'routes' });
    figures('Horgos is building "one port, two zones" to serve Central Asia.', []);
  });
});

describe('periods resolved against the publication date', () => {
  it('resolves halves, quarters and the first three quarters', () => {
    period('During the first half of this year, Khorgos Port handled 3,700 trains.', '2024-07-18', ['2024-01-01', '2024-06-30']);
    period('In the first quarter of 2024, Alashankou saw 1,812 China-Europe trains.', '2024-04-22', ['2024-01-01', '2024-03-31']);
    period("Xinjiang's foreign trade hit 254 billion yuan over the first three quarters of 2023.", '2023-10-25', ['2023-01-01', '2023-09-30']);
    period('In the second half of last year, 80 projects broke ground in Hetian.', '2024-03-01', ['2023-07-01', '2023-12-31']);
    period('Trade with Uzbekistan rose 18 percent in the first five months of this year.', '2023-06-20', ['2023-01-01', '2023-05-31']);
  });

  it('resolves month ranges, "as of the end of" and "since the start of this year"', () => {
    period('As of the end of May this year, the Kashgar zone had signed 160 projects.', '2021-07-09', [null, '2021-05-31']);
    period('From January to October this year, Irkeshtam Port handled 1.2 million tonnes of cargo.', '2023-11-20', ['2023-01-01', '2023-10-31']);
    period('Since the start of this year, 420 freight trains have left Urumqi.', '2025-03-12', ['2025-01-01', '2025-03-12']);
  });

  it('resolves this year, last year and a named year, also for an article dated only to the month', () => {
    period('The Kashi FTZ has drawn 58 enterprises this year.', '2023-11', ['2023-01-01', '2023-12-31']);
    period('Trade between Xinjiang and Tajikistan rose 12 percent last year.', '2024-02-05', ['2023-01-01', '2023-12-31']);
    period('Trade between Xinjiang and Tajikistan rose 12 percent last year.', '2024-02', ['2023-01-01', '2023-12-31']);
    period('In 2026, the Kashgar Area plans to add 30 projects.', '2025-01-02', ['2026-01-01', '2026-12-31']);
  });

  it('resolves named days', () => {
    period('The Tacheng pilot zone signed 19 projects on Saturday.', '2024-06-17', ['2024-06-15', '2024-06-15']);
    period('As of Tuesday, 2,400 trains had passed through Horgos.', '2024-06-20', [null, '2024-06-18']);
    period('On July 16, 2022, the first cold-chain train from Urumqi set off for Tashkent.', '2022-07-26', ['2022-07-16', '2022-07-16']);
  });

  it('says null rather than guess, and never takes the comparison period', () => {
    period('The Torugart Port is an important gateway to Kyrgyzstan.', '2023-07-15', null);
    period('In recent years, Hotan has attracted 200 enterprises.', '2023-07-15', null);
    period('The Kashi Area was unveiled on Saturday.', '2023-11', null);
    period("Kashgar's exports rose 31 percent over the same period last year.", '2023-07-15', null);
  });

  it('labels a period with the words of the source, without the full stop after them', () => {
    const s = 'The Kashgar zone signed 26 projects from January to June.';
    expect.soft(resolvePeriod(s, '2023-07-15')?.label, s).toBe('from January to June');
  });

  it('finds each period of a sentence in order', () => {
    const s = 'Horgos handled 3,100 trains in the first half of 2023, against 2,700 in the first half of 2022.';
    expect.soft(findPeriods(s, '2023-07-15').map((m) => [m.period.start, m.period.end]), s).toEqual([
      ['2023-01-01', '2023-06-30'],
      ['2022-01-01', '2022-06-30'],
    ]);
  });
});
