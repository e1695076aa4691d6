import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/lib/extract/quantities.ts';

/** Each quantity as `printed => value unit approx`. */
const read = (s: string) => findQuantities(s).map((q) => `${s.slice(q.start, q.end)} => ${q.value} ${q.unit} ${q.approx}`);

describe('findQuantities', () => {
  it('reads money with scale words in yuan and dollars, in every currency form', () => {
    expect(read('The project has a total investment of 3 billion yuan and 355.287 billion yuan in place.')).toEqual([
      '3 billion yuan => 3000000000 CNY exact',
      '355.287 billion yuan => 355287000000 CNY exact',
    ]);
    expect(read('It raised $2.4 billion, US$1.2bn, RMB 3 billion, 6.4 billion USD and 1.1 trillion yuan.')).toEqual([
      '$2.4 billion => 2400000000 USD exact',
      'US$1.2bn => 1200000000 USD exact',
      'RMB 3 billion => 3000000000 CNY exact',
      '6.4 billion USD => 6400000000 USD exact',
      '1.1 trillion yuan => 1100000000000 CNY exact',
    ]);
    expect(read('a government investment of 615 million yuan')).toEqual(['615 million yuan => 615000000 CNY exact']);
  });

  it('reads a spelled-out "one" only as a measured time after a cue word', () => {
    expect(read('Checks were cut to just one hour.')).toEqual(['one hour => 1 hours exact']);
    expect(read('It takes one day to cross.')).toEqual(['one day => 1 days exact']);
    expect(read('One day, the port will grow.')).toEqual([]);
    expect(read('It was one of the ports.')).toEqual([]);
    expect(read('They waited one hour.')).toEqual([]);
  });
  it('reads the counted noun after a partitive "of the", digits or words, never "one of the"', () => {
    expect(read('The zone accounted for 2,105 of the new enterprises.')).toEqual(['2,105 => 2105 enterprises exact']);
    expect(read('Twelve of the projects are large.')).toEqual(['Twelve => 12 projects exact']);
    expect(read('One of the projects is large.')).toEqual([]);
  });
  it('reads the ordinal of a train as at least that many trains, and no other ordinal', () => {
    expect(read('It became the 6,500th China-Europe freight train to leave the city this year.')).toEqual(['6,500th China-Europe freight train => 6500 trains at-least']);
    expect(read('The 2nd phase of the project and the 3rd train shed opened.')).toEqual([]);
  });
  it('reads how far a date moved as no duration', () => {
    expect(read('That was 17 days earlier than last year.')).toEqual([]);
    expect(read('Checks took 17 days last year.')).toEqual(['17 days => 17 days exact']);
  });
  it('reads parts of a set named at the start, a noun left out after the first part, and a running total', () => {
    expect(read('Among the new projects, 46 are in energy, 31 in transport and 22 in water.')).toEqual([
      '46 => 46 projects exact', '31 => 31 projects exact', '22 => 22 projects exact',
    ]);
    expect(read('A total of 1,437 new market entities were registered, bringing the total to 9,860.')).toEqual([
      '1,437 new market entities => 1437 enterprises exact', '9,860 => 9860 enterprises exact',
    ]);
    expect(read('Among the new projects, work began in 2024.')).toEqual([]);
  });
  it('keeps an amount given in two currencies as one quantity', () => {
    const [q, ...rest] = findQuantities('with contracted project funds of more than 17.6 billion yuan ($2.4 billion).');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ value: 17_600_000_000, unit: 'CNY', approx: 'more-than', equivalent: { value: 2_400_000_000, unit: 'USD' } });
  });

  it('reads percentages glued to the next word', () => {
    expect(read('an increase of 45.6%year -on -year')).toEqual(['45.6% => 45.6 percent exact']);
    expect(read('an increase of 37%over the same period')).toEqual(['37% => 37 percent exact']);
    expect(read('up 89.7 percent year-on-year')).toEqual(['89.7 percent => 89.7 percent exact']);
  });

  it('reads counts with thousands separators and modifiers before the unit noun', () => {
    expect(read('the district has cumulative more than 5,900 China -EU trains.')).toEqual(['5,900 China -EU trains => 5900 trains more-than']);
    expect(read('Xinjiang has opened 118 international road transportation routes')).toEqual(['118 international road transportation routes => 118 routes exact']);
    expect(read('the total planned investment in 37 major projects')).toEqual(['37 major projects => 37 projects exact']);
    expect(read('It introduced 17 mechanical and electrical manufacturing companies')).toEqual(['17 mechanical and electrical manufacturing companies => 17 enterprises exact']);
  });

  it('reads unit nouns: vehicles, tonnes, areas, jobs', () => {
    expect(read('an average of about 450 vehicles passing through customs every day')).toEqual(['450 vehicles => 450 vehicles about']);
    expect(read('the volume of goods exceeded 1 million tons')).toEqual(['1 million tons => 1000000 tonnes more-than']);
    expect(read('which covers 28.48 square kilometers, part of the 179.66-square-kilometer zone')).toEqual([
      '28.48 square kilometers => 28.48 km2 exact',
      '179.66-square-kilometer => 179.66 km2 exact',
    ]);
    expect(read('covers an area of 567.39 acres and creates more than 1,500 local jobs')).toEqual([
      '567.39 acres => 567.39 acres exact',
      '1,500 local jobs => 1500 jobs more-than',
    ]);
  });

  it('takes the unit from "the number of …" for a bare figure', () => {
    expect(read('the number of China-Europe (Central Asia) freight trains passing through the ports reached 6,195.')).toEqual(['6,195 => 6195 trains exact']);
  });

  it('reads numbers written in words, but not slogans, ordinals, years or model numbers', () => {
    expect(read('The corridor links five countries.')).toEqual(['five countries => 5 countries exact']);
    expect(read('the "one port, two zones" strategy, the 11th batch of cadres, two H986s, in 2013')).toEqual([]);
  });

  it('skips schedules and adjectives that are not figures', () => {
    expect(read('a 24 -hour appointment service and a 7 days/24 hours mechanism')).toEqual([]);
  });

  it('keeps qualifiers: more than, over, about, nearly, exceeded, within', () => {
    expect(read('reaches more than 3 billion yuan')[0]).toMatch(/more-than$/);
    expect(read('over 200 projects')[0]).toMatch(/more-than$/);
    expect(read('nearly 300 enterprises')[0]).toMatch(/nearly$/);
    expect(read('exceeded 1 million tons')[0]).toMatch(/more-than$/);
    expect(read('to within 60 minutes per train')[0]).toMatch(/within$/);
  });
});
