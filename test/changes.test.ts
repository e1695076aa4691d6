import { describe, expect, it } from 'vitest';
import { findFigures } from '../src/lib/extract/figures.ts';

describe('findFigures (changes)', () => {
  it('attaches a year-on-year percentage to the amount it changes', () => {
    const [f, ...rest] = findFigures('In the first quarter, 1.94 billion yuan of investment was in place in Korla, a year-on-year increase of 31.2%.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ value: 1_940_000_000, change: { value: 31.2, unit: 'percent', basis: 'year-on-year' } });
  });

  it('treats "over the same period last year" as year-on-year and reads absolute changes in the level\'s unit', () => {
    const figures = findFigures('Ili Prefecture carried out 1,274 investment promotion projects, an increase of 85 over the same period last year, while 96.418 billion yuan of funds were in place, an increase of 22% over the same period last year.');
    expect(figures.map((f) => [f.value, f.change])).toEqual([
      [1274, { value: 85, unit: 'projects', basis: 'year-on-year' }],
      [96_418_000_000, { value: 22, unit: 'percent', basis: 'year-on-year' }],
    ]);
  });

  it('does not give a change to a level across a new clause with its own subject', () => {
    const figures = findFigures('The gate cleared 40 trains in a day, whereas the customs clearance time fell 12.5 percent compared to a year earlier.');
    expect(figures.map((f) => [f.value, f.unit, f.change?.value ?? null])).toEqual([
      [40, 'trains', null],
      [-12.5, 'percent', -12.5],
    ]);
    expect(figures[1]!.change?.basis).toBe('year-on-year');
  });

  it('keeps a change with no level beside it as a figure of its own, with its subject', () => {
    const [f] = findFigures('the number of China-Europe freight trains leaving the Horgos station increased by 18% year-on-year; more text');
    expect(f).toMatchObject({ value: 18, unit: 'percent', isChange: true, unitKind: 'trains', change: { basis: 'year-on-year' } });
  });

  it('reads "increased from 7 to 139" as the new level with its change', () => {
    const figures = findFigures('So far, the number of companies doing trade at Irkeshtam port has increased from 12 to 86.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: 86, unit: 'enterprises', change: { value: 74, basis: 'from 12' } });
  });

  it('signs decreases negative', () => {
    const [f] = findFigures('Exports were 5 billion yuan, down 3.2 percent year-on-year.');
    expect(f!.change).toEqual({ value: -3.2, unit: 'percent', basis: 'year-on-year' });
  });
});
