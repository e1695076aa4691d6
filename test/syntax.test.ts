import { describe, expect, it } from 'vitest';
import { findFigures } from '../src/lib/extract/figures.ts';
import { countedBySyntax, tag } from '../src/lib/extract/syntax.ts';

/** The unit of each figure in a sentence, as the extractor reads it. */
const units = (sentence: string) => findFigures(sentence).map((f) => [f.value, f.unit]);
const at = (sentence: string, printed: string) => {
  const start = sentence.indexOf(printed);
  return { start, end: start + printed.length };
};

describe('the syntactic layer', () => {
  it('tags a sentence with offsets that slice it exactly', () => {
    const s = 'Car exports from the port surged in 2023 to reach 18,000.';
    const tokens = tag(s);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === '18,000')?.pos).toBe('NUM');
    expect(tokens.find((t) => t.text === 'exports')?.lemma).toBe('export');
  });

  it('counts a part of a set named before it as the subject of its clause', () => {
    expect(units('Of the 40 companies in the zone, 25 have signed contracts.')).toEqual([[40, 'enterprises'], [25, 'enterprises']]);
    expect(units('Among the 12 new routes, 7 already run weekly.')).toEqual([[12, 'routes'], [7, 'routes']]);
    // A part is never larger than its set.
    expect(countedBySyntax('Of the 4 companies in the zone, 25 have signed contracts.', at('Of the 4 companies in the zone, 25 have signed contracts.', '25'), 25)).toBeNull();
  });

  it("counts what the subject counts across time phrases, and a flow's goods", () => {
    expect(units('Car exports from the port surged in 2023 to reach 18,000.')).toEqual([[18000, 'vehicles']]);
    expect(units('In 2023, shipments of containers through the station climbed to 9,400.')).toEqual([[9400, 'containers']]);
    expect(units('Freight trains via the pass numbered 1,150 in the first half.')).toEqual([[1150, 'trains']]);
  });

  it('lends nothing where the clause does not say what is counted', () => {
    expect(units('The port handled 18,000 in 2023.')).toEqual([]);
    expect(units('The port reached 18,000 robots.')).toEqual([]);
    expect(units('Trains carried goods to reach 18,000.')).toEqual([]);
  });

  it("gives a change its subject's unit, but not a flow's: a flow changes by value", () => {
    const trains = 'Freight trains via the pass increased by 12.6 percent.';
    expect(countedBySyntax(trains, at(trains, '12.6 percent'), Number.NaN, true)?.noun.unit).toBe('trains');
    const exports = 'Exports of new cars rose by 90 percent.';
    expect(countedBySyntax(exports, at(exports, '90 percent'), Number.NaN, true)).toBeNull();
  });
});
