/**
 * Typography and period vocabulary the wire and the regional press use:
 * `mln`, spaced thousands, a middle-dot decimal, `pct`, compound durations,
 * Jan–May, H1, Q1–Q3, and comparison baselines that are not the figure's
 * period. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../src/lib/extract/figures.ts';
import { findPeriods, periodNear } from '../src/lib/extract/periods.ts';

const first = (s: string) => findFigures(s)[0];
const spans = (s: string, pub: string) => findPeriods(s, pub).map((m) => [m.period.start, m.period.end]);

describe('numbers as printed', () => {
  it('reads scale abbreviations, spaced thousands and a middle-dot decimal', () => {
    expect(first('More than 3 mln tons of cargo crossed.')).toMatchObject({ value: 3_000_000, unit: 'tonnes' });
    expect(first('Trade hit 1.5 bln yuan.')).toMatchObject({ value: 1_500_000_000, unit: 'CNY' });
    expect(first('The station employs 10 000 people.')).toMatchObject({ value: 10_000, unit: 'people' });
    expect(first('Exports were US$3·2bn.')).toMatchObject({ value: 3_200_000_000, unit: 'USD' });
    expect(first('The share reached 52.8pct.')).toMatchObject({ value: 52.8, unit: 'percent' });
  });
  it('reads a scale glued to money, and digits glued to a currency word, never metres as millions', () => {
    expect(first('The fund raised $300m last year.')).toMatchObject({ value: 300_000_000, unit: 'USD' });
    expect(first('The deal is worth US$45m.')).toMatchObject({ value: 45_000_000, unit: 'USD' });
    expect(findFigures('Imports were Rs18.4 billion and exports Rs2.1bn.').map((f) => [f.value, f.unit])).toEqual([[18_400_000_000, 'PKR'], [2_100_000_000, 'PKR']]);
    expect(first('The pass stands 4,693 meters above sea level.')).toMatchObject({ value: 4693, unit: 'm' });
  });

  it('gives every number of a list the unit printed once after the last, and pairs a respectively list', () => {
    const figures = findFigures('Dostyk and Horgos handled 9.1 million and 5.5 million tonnes, respectively.');
    expect(figures.map((f) => [f.value, f.unit, f.respectively])).toEqual([
      [9_100_000, 'tonnes', { index: 0, of: 2 }],
      [5_500_000, 'tonnes', { index: 1, of: 2 }],
    ]);
    expect(findFigures('The three hubs ran 1,520, 1,340 and 1,105 trains respectively.').map((f) => [f.value, f.unit])).toEqual([[1520, 'trains'], [1340, 'trains'], [1105, 'trains']]);
    // Without a scale of its own or "respectively", a bare number is not given the next one's unit.
    expect(findFigures('Phase 2 and 300 trains were planned.').map((f) => f.value)).toEqual([300]);
  });

  it("counts an expo's exhibitors and visitors", () => {
    expect(findFigures('The fair drew more than 1,800 exhibitors and about 200,000 visitors.').map((f) => [f.value, f.unit])).toEqual([[1800, 'exhibitors'], [200_000, 'visitors']]);
  });

  it('keeps both ends of a range printed before its noun', () => {
    expect(first('The crossing handles 22-25 trains a day.')).toMatchObject({ value: 22, unit: 'trains', range: { min: 22, max: 25 } });
    expect(first('Reloading takes four to six hours.')).toMatchObject({ value: 4, unit: 'hours', range: { min: 4, max: 6 } });
  });

  it('reads a change printed without "of" after its basis, as translated copy has it', () => {
    expect(first("The zone's trade was 21.36 billion yuan, year-on-year growth 18.7%.")).toMatchObject({ value: 21_360_000_000, change: { value: 18.7, unit: 'percent', basis: 'year-on-year' } });
  });

  it('never joins a year to the count after it', () => {
    expect(findFigures('In 2016 136 container trains passed.').map((f) => f.value)).toEqual([136]);
  });
  it('reads a duration in two units as one', () => {
    expect(first('Processing a train now takes 4 hours 15 minutes.')).toMatchObject({ value: 4.25, unit: 'hours' });
  });
});

describe('period vocabulary', () => {
  it('reads spans of whole years, two months joined by "and", last month, and the start of a named year', () => {
    expect(spans('From 2021 to 2024, trade grew.', '2025-06-20')).toEqual([['2021-01-01', '2024-12-31']]);
    expect(spans('In 2021-2024, 500 trains ran.', '2025-06-20')).toEqual([['2021-01-01', '2024-12-31']]);
    expect(spans('Between 2021 and 2024 the port grew.', '2025-06-20')).toEqual([['2021-01-01', '2024-12-31']]);
    expect(spans('Trade during 2021-25 doubled.', '2025-06-20')).toEqual([['2021-01-01', '2025-12-31']]);
    expect(spans('In January and February, 30 trains ran.', '2025-06-20')).toEqual([['2025-01-01', '2025-02-28']]);
    expect(spans('He shipped 1,250 tonnes last month.', '2025-01-20')).toEqual([['2024-12-01', '2024-12-31']]);
    expect(spans('Since the beginning of 2025, 90 trains ran.', '2025-06-20')).toEqual([['2025-01-01', '2025-06-20']]);
    expect(findPeriods('Between April 1 and June 15, 4,215 vehicles crossed.', '2025-06-20').map((m) => [m.period.start, m.period.end, m.period.label])).toEqual([['2025-04-01', '2025-06-15', 'April 1 and June 15']]);
    // A fiscal year starts in a different month in each country: no calendar span is guessed.
    expect(spans('Trade reached Rs 45 billion in the fiscal year 2023-24.', '2024-08-01')).toEqual([]);
    // Levels in two years are not a span: "from 2,000 in 2019 to 5,000 in 2024".
    expect(spans('It rose from 2,000 in 2019 to 5,000 in 2024.', '2025-06-20')).toEqual([['2019-01-01', '2019-12-31'], ['2024-01-01', '2024-12-31']]);
  });

  it('reads month ranges, halves and quarters in their short forms', () => {
    expect(spans('In Jan-May, exports rose.', '2024-06-10')).toEqual([['2024-01-01', '2024-05-31']]);
    expect(spans('Customs figures for January-April 2024 show growth.', '2024-05-22')).toEqual([['2024-01-01', '2024-04-30']]);
    expect(spans('From January through April, volume grew.', '2024-05-22')).toEqual([['2024-01-01', '2024-04-30']]);
    expect(spans('Trade rose in H1 2023.', '2023-07-20')).toEqual([['2023-01-01', '2023-06-30']]);
    expect(spans('Trade rose in Q1-Q3.', '2023-10-20')).toEqual([['2023-01-01', '2023-09-30']]);
    expect(spans('Investment rose in the first 3 quarters of 2025.', '2025-10-20')).toEqual([['2025-01-01', '2025-09-30']]);
  });
  it('reads "since <year>" as a span to publication', () => {
    expect(spans('Since 2012, the state has allocated 200 billion yuan.', '2025-10-20')).toEqual([['2012-01-01', '2025-10-20']]);
  });
  it('keeps a deadline later in the year in the year of publication', () => {
    expect(spans('The port will handle 1,000 trains by the end of December.', '2024-11-05')).toEqual([[null, '2024-12-31']]);
    expect(spans('As of the end of December, 1,000 trains ran.', '2024-11-05')).toEqual([[null, '2023-12-31']]);
  });
  it('never takes a comparison baseline for the period', () => {
    expect(spans('Trade rose 12.1 percent compared with the same period of 2023.', '2024-07-20')).toEqual([]);
    expect(spans('Some 8,000 lorries crossed, double that of 2021.', '2023-02-21')).toEqual([]);
    expect(spans('Crossings reached 4,312, exceeding that of the last year over the same period.', '2022-07-26')).toEqual([]);
    expect(spans('The number surpassed last year\u2019s total.', '2020-11-26')).toEqual([]);
    expect(spans('The hub sent 512 trains in the period, a 22% jump on Jan-Apr 2024.', '2025-05-12')).toEqual([]);
    expect(spans('Compared with the previous fair in 2023, deals rose by 15 percent.', '2025-06-30')).toEqual([]);
    expect(spans('Exports were up 5% on 2023.', '2024-03-01')).toEqual([]);
  });
  it('lets a span beat the day a statement was made', () => {
    const s = 'On Tuesday the port said it handled 3,100 trains last year.';
    const mentions = findPeriods(s, '2024-01-18');
    expect(periodNear(mentions, s.indexOf('3,100'), { start: 0, end: s.length })?.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });
  it('gives a figure the period printed right after it', () => {
    const s = 'The port handled 300 trains in May and 20 in June.';
    expect(periodNear(findPeriods(s, '2025-07-01'), s.indexOf('20 in'), { start: 0, end: s.length }, undefined, s.indexOf('20 in') + 2)?.period).toMatchObject({ start: '2025-06-01', end: '2025-06-30' });
  });
  it('takes the narrower of two periods printed as one phrase, and keeps apart ones apart', () => {
    const near = (s: string, figure: string, pub: string) => periodNear(findPeriods(s, pub), s.indexOf(figure), { start: 0, end: s.length })?.period;
    expect(near('In March alone this year, trade rose to 9 billion yuan.', '9 billion', '2025-06-30')).toMatchObject({ start: '2025-03-01', end: '2025-03-31' });
    expect(near('Trade reached 40 billion yuan in 2024, having dipped in March and recovered by the end of this year.', '40 billion', '2024-12-30')).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('dates and salaries are not what they look like', () => {
  it('never reads the year of a printed date as a count, even before a noun', () => {
    expect(findFigures('A photo taken on June 3, 2023 shows cargo trains at the station.')).toEqual([]);
  });
  it('narrows a span to the day a running total is given as of', () => {
    const s = 'As of Sept. 9, the count of cargo trains reached 5,000 this year.';
    expect(periodNear(findPeriods(s, '2020-11-26'), s.indexOf('5,000'), { start: 0, end: s.length })?.period).toMatchObject({ start: '2020-01-01', end: '2020-09-09' });
  });
});

