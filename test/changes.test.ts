import { describe, expect, it } from 'vitest';
import { findFigures } from '../src/lib/extract/figures.ts';

describe('findFigures (changes)', () => {
  it('attaches a year-on-year percentage to the amount it changes', () => {
    const [f, ...rest] = findFigures('In the first half of the year, 3.53 billion yuan of investment are in place, a year-on-year increase of 45.6%.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ value: 3_530_000_000, change: { value: 45.6, unit: 'percent', basis: 'year-on-year' } });
  });

  it('treats "over the same period last year" as year-on-year and reads absolute changes in the level\'s unit', () => {
    const figures = findFigures('Xinjiang implemented 3,826 investment promotion projects, an increase of 60 over the same period last year, with 355.287 billion yuan in place, an increase of 37% over the same period last year.');
    expect(figures.map((f) => [f.value, f.change])).toEqual([
      [3826, { value: 60, unit: 'projects', basis: 'year-on-year' }],
      [355_287_000_000, { value: 37, unit: 'percent', basis: 'year-on-year' }],
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
    const [f] = findFigures('the number of China-Europe freight trains departing the port area increased by 36% year-on-year; more text');
    expect(f).toMatchObject({ value: 36, unit: 'percent', isChange: true, unitKind: 'trains', change: { basis: 'year-on-year' } });
  });

  it('reads "increased from 7 to 139" as the new level with its change', () => {
    const figures = findFigures('At present, the number of companies engaged in trade in the port has increased from 7 to 139.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: 139, unit: 'enterprises', change: { value: 132, basis: 'from 7' } });
  });

  it('signs decreases negative', () => {
    const [f] = findFigures('Exports were 5 billion yuan, down 3.2 percent year-on-year.');
    expect(f!.change).toEqual({ value: -3.2, unit: 'percent', basis: 'year-on-year' });
  });
});
