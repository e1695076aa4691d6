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
    expect(read('the county set aside a government investment of 742 million yuan')).toEqual(['742 million yuan => 742000000 CNY exact']);
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
    const [q, ...rest] = findQuantities('bringing contracted funds of more than 9.4 billion yuan ($1.3 billion).');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ value: 9_400_000_000, unit: 'CNY', approx: 'more-than', equivalent: { value: 1_300_000_000, unit: 'USD' } });
  });

  it('reads percentages glued to the next word', () => {
    expect(read('a rise of 28.3%year -on -year')).toEqual(['28.3% => 28.3 percent exact']);
    expect(read('a growth of 52%over the same period')).toEqual(['52% => 52 percent exact']);
    expect(read('up 64.2 percent year-on-year')).toEqual(['64.2 percent => 64.2 percent exact']);
  });

  it('reads counts with thousands separators and modifiers before the unit noun', () => {
    expect(read('the hub has cumulative more than 7,300 China -EU trains.')).toEqual(['7,300 China -EU trains => 7300 trains more-than']);
    expect(read('Tacheng has launched 23 international road transportation routes')).toEqual(['23 international road transportation routes => 23 routes exact']);
    expect(read('the planned investment in 24 key industrial projects')).toEqual(['24 key industrial projects => 24 projects exact']);
    expect(read('It introduced 17 mechanical and electrical manufacturing companies')).toEqual(['17 mechanical and electrical manufacturing companies => 17 enterprises exact']);
  });

  it('reads unit nouns: vehicles, tonnes, areas, jobs', () => {
    expect(read('an average of about 620 vehicles cross the border every day')).toEqual(['620 vehicles => 620 vehicles about']);
    expect(read('the volume of goods exceeded 1 million tons')).toEqual(['1 million tons => 1000000 tonnes more-than']);
    expect(read('which covers 28.48 square kilometers, part of the 179.66-square-kilometer zone')).toEqual([
      '28.48 square kilometers => 28.48 km2 exact',
      '179.66-square-kilometer => 179.66 km2 exact',
    ]);
    expect(read('covers an area of 412.75 acres and will bring more than 2,300 local jobs')).toEqual([
      '412.75 acres => 412.75 acres exact',
      '2,300 local jobs => 2300 jobs more-than',
    ]);
  });

  it('takes the unit from "the number of …" for a bare figure', () => {
    expect(read('the number of outbound China-Europe (Central Asia) freight trains at Alataw Pass reached 4,870.')).toEqual(['4,870 => 4870 trains exact']);
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
