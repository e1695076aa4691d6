import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../src/lib/extract/periods.ts';

const span = (s: string, pub: string) => {
  const p = resolvePeriod(s, pub);
  return p && [p.start, p.end];
};

describe('resolvePeriod', () => {
  it('resolves halves, quarters and the first three quarters', () => {
    expect(span('During the first half of this year, Korla grew.', '2022-07-20')).toEqual(['2022-01-01', '2022-06-30']);
    expect(span('new lanes opened in the first quarter of 2025.', '2025-04-10')).toEqual(['2025-01-01', '2025-03-31']);
    expect(span('Exports came to 18.7 billion yuan over the first three quarters of 2022.', '2022-10-24')).toEqual(['2022-01-01', '2022-09-30']);
  });

  it('resolves month ranges, "as of" and "since the start of this year"', () => {
    expect(span('From January to October this year, volume exceeded 1 million tons.', '2023-11')).toEqual(['2023-01-01', '2023-10-31']);
    expect(span('As of the end of August this year, more than 4,100 trains ran.', '2022-09-15')).toEqual([null, '2022-08-31']);
    expect(span('Since the start of this year, 10 trains ran.', '2023-11-13')).toEqual(['2023-01-01', '2023-11-13']);
  });

  it('resolves this year, last year and a named year, even for a month-only date', () => {
    expect(span('The port launched 57 projects this year.', '2023-11')).toEqual(['2023-01-01', '2023-12-31']);
    expect(span('Trains rose last year.', '2023-11')).toEqual(['2022-01-01', '2022-12-31']);
    expect(span('In 2026, 10 trains will run.', '2025-01-02')).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('resolves named days against the publication date', () => {
    expect(span('The zone was unveiled on Saturday.', '2023-11-13')).toEqual(['2023-11-11', '2023-11-11']);
    expect(span('As of Tuesday, 10 trains had left.', '2023-11-16')).toEqual([null, '2023-11-14']);
    expect(span('On July 16, 2022, a vehicle left.', '2022-07-26')).toEqual(['2022-07-16', '2022-07-16']);
  });

  it('does not take the comparison period for the period of the figure', () => {
    expect(span('a rise of 14 over the same period last year', '2022-07-26')).toBeNull();
  });

  it('dates what an edition of a named event did by its year, but not a comparison with an earlier edition', () => {
    expect(span('The 2024 (China) Silk Road Trade Fair signed 80 deals.', '2024-09-02')).toEqual(['2024-01-01', '2024-12-31']);
    expect(resolvePeriod('The 2024 Silk Road Trade Fair signed 80 deals.', '2024-09-02')?.label).toBe('2024');
    expect(span('Deals were 1.3 times those of the 2022 Silk Road Trade Fair.', '2024-09-02')).toBeNull();
    expect(span('Deals were up on the 2022 level, compared with the 2022 Silk Road Trade Fair.', '2024-09-02')).toBeNull();
    expect(span('The 2023 figure was 40.', '2024-09-02')).toBeNull();
  });
  it('reads "five years ago" and "a decade ago" as that year, and leaves "a year ago" to comparisons', () => {
    expect(span('Clearance took three hours five years ago.', '2025-11-15')).toEqual(['2020-01-01', '2020-12-31']);
    expect(span('A decade ago it took 3 days.', '2025-11-15')).toEqual(['2015-01-01', '2015-12-31']);
    expect(span('Trade was up 5% from a year ago.', '2025-11-15')).toBeNull();
  });
  it('labels a day as printed, without the comma after it', () => {
    expect(resolvePeriod('Freight topped 10 million tonnes as of Sunday, the earliest ever.', '2025-12-04')?.label).toBe('Sunday');
  });
  it('says null rather than guess', () => {
    expect(span('As of Tuesday, 10 trains had left.', '2023-11')).toBeNull();
    expect(span('In recent years the zone has grown.', '2023-11')).toBeNull();
  });

  it('reads no month out of a longer word ("innovate" is not "in Nov")', () => {
    expect(span('The region will continue to innovate and explore, with 40 projects.', '2023-11-20')).toBeNull();
    expect(span('Officials said investment in November reached 2 billion yuan.', '2023-12-20')).toEqual(['2023-11-01', '2023-11-30']);
  });
});

describe('named days and moments', () => {
  it('takes a bare weekday as the latest one on or before publication', () => {
    // 2023-11-13 was a Monday.
    expect(span('As of Tuesday, 120 trucks had crossed.', '2023-11-13')).toEqual([null, '2023-11-07']);
  });
  it('keeps both ends of a day range and reads the day out of "the morning of"', () => {
    expect(span('From July 12th to 15th, the delegation toured the ports.', '2022-07-26')).toEqual(['2022-07-12', '2022-07-15']);
    expect(span('On the morning of July 18, 30 trucks left.', '2022-07-20')).toEqual(['2022-07-18', '2022-07-18']);
  });
  it('reads "at the end of 2015" as its last month, not the whole year', () => {
    expect(span('At the end of 2015, the port had 12 lanes.', '2022-07-20')).toEqual(['2015-12-01', '2015-12-31']);
  });
  it('does not date a figure by the day a statement was made', () => {
    expect(span('The zone has 9,000 enterprises, officials said on Friday.', '2024-11-01')).toBeNull();
  });
});
