/**
 * Reading an article as a whole: the document frame (headline, lead) lends
 * its period, salience lends the place the article is about, and every fact
 * says where its place and period came from. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import type { Article, Place } from '../src/schema.ts';

const place = (id: string, name: string, kind: Place['kind'], parent?: string, aliases: string[] = []): Place =>
  ({ id, name, aliases, kind, ...(parent ? { parent } : {}), lat: 40, lon: 80, coordSource: 'test' }) as Place;
const places = [
  place('china', 'China', 'country'),
  place('xinjiang', 'Xinjiang', 'region', 'china'),
  place('horgos', 'Horgos Port', 'port', 'xinjiang', ['Horgos']),
  place('alashankou', 'Alashankou', 'port', 'xinjiang'),
  place('urumqi-land-port', 'Urumqi International Land Port Area', 'zone', 'xinjiang'),
  place('kazakhstan', 'Kazakhstan', 'country'),
  place('kyrgyzstan', 'Kyrgyzstan', 'country'),
];
const finder = createPlaceFinder(places);
const read = (title: string, body: string, published = '2024-07-20') =>
  readArticle({ id: 'a', path: 'a.md', data: { title, publisher: 'P', published }, body } as Article, finder).facts;
const by = (facts: ReturnType<typeof read>, value: number) => facts.find((f) => f.value === value)!;

describe('the document frame', () => {
  it('lends the headline period to figures whose sentence names none, and says so', () => {
    const facts = read("Xinjiang's foreign trade up in H1", 'Xinjiang exported 1.2 billion yuan of goods.\n\nImports reached 800 million yuan.\n');
    expect(by(facts, 800000000).period).toMatchObject({ start: '2024-01-01', end: '2024-06-30', from: 'headline', inherited: true });
  });

  it("lends the lead's period within a few paragraphs, but not to a plan or a standing network, which 'now' dates by publication", () => {
    const body = [
      'Xinjiang handled 5,000 trains in the first five months of 2024, officials said.',
      'Horgos Port handled 2,000 trains.',
      'The region plans to invest 3 billion yuan in the port.',
      'The port now runs 40 routes to Europe.',
    ].join('\n\n');
    const facts = read('Busy rails', body);
    expect(by(facts, 5000).period).toMatchObject({ end: '2024-05-31', from: 'sentence' });
    expect(by(facts, 2000).period).toMatchObject({ end: '2024-05-31', from: 'article' });
    expect(by(facts, 3000000000).period).toBeNull();
    expect(by(facts, 40).period).toMatchObject({ start: null, end: '2024-07-20', from: 'published' });
  });

  it('never lends it past a vague time phrase', () => {
    const facts = read('Trade in 2023', 'In recent years, Horgos Port has attracted 200 enterprises.\n');
    expect(by(facts, 200).period).toBeNull();
  });

  it('gives a place-less sentence the place the article is about, not the region that locates it', () => {
    const body = 'Horgos Port in Xinjiang handled 3,000 trains in 2023.\n\nA total of 4,006 enterprises registered in 2023.\n';
    const facts = read('Port grows', body);
    expect(by(facts, 3000)).toMatchObject({ places: ['horgos'], placeFrom: 'sentence' });
    expect(by(facts, 4006)).toMatchObject({ places: ['horgos'], placeFrom: 'article' });
  });

  it('takes a place the body never names from the headline, and marks it', () => {
    const facts = read('Alashankou sees record year', 'A total of 7,000 trains ran in 2024.\n');
    expect(by(facts, 7000)).toMatchObject({ places: ['alashankou'], placeFrom: 'headline' });
  });

  it('resolves "this checkpoint in <region>" to the checkpoint, not the region', () => {
    const body = 'Trade through Alashankou grew in 2024.\n\nCargo through this checkpoint in Xinjiang rose to 8.5 million tons in 2024.\n';
    expect(by(read('Trade', body), 8500000)).toMatchObject({ places: ['alashankou'] });
  });

  it('leaves a figure unplaced when the only place is faint and far back', () => {
    const body = 'Horgos Port opened a road in 2020.\n\nIt rained.\n\nIt snowed.\n\nIt was windy.\n\nA 30-hectare park opened.\n';
    expect(by(read('Weather', body), 30)).toMatchObject({ places: [], placeFrom: null });
  });

  it('maps a respectively list onto the places and the levels listed before it', () => {
    const facts = read('Trade', 'In 2024, trade with Kazakhstan and Kyrgyzstan grew by 31.5 percent and 6.2 percent, respectively.\n\nIn 2024, Horgos Port handled 9,400 vehicles and 52,000 tonnes, up 15 percent and 27 percent year on year respectively.\n', '2025-01-10');
    expect(by(facts, 31.5)).toMatchObject({ places: ['kazakhstan'], change: { value: 31.5 } });
    expect(by(facts, 6.2)).toMatchObject({ places: ['kyrgyzstan'], change: { value: 6.2 } });
    expect(by(facts, 9400).change).toMatchObject({ value: 15, unit: 'percent', basis: 'year-on-year' });
    expect(by(facts, 52000).change).toMatchObject({ value: 27, unit: 'percent', basis: 'year-on-year' });
  });

  it('lets a pointing-back phrase with modifiers reach its antecedent past the region that locates it', () => {
    const body = 'The Urumqi International Land Port Area opened a cold-chain depot in 2023.\n\nIn 2024, the first inland port area in Xinjiang handled 5,200 trains.\n';
    expect(by(read('Rail', body), 5200)).toMatchObject({ places: ['urumqi-land-port'] });
  });

  it('gives a count of vehicles the most salient port, not the country an article keeps naming', () => {
    const body = 'China and Kyrgyzstan agreed on trade. China wants more.\n\nThe Horgos Port checkpoint matters.\n\n"We aim to reach 1,000 vehicles per day," he said.\n';
    expect(by(read('China and Kyrgyzstan', body), 1000)).toMatchObject({ places: ['horgos'], placeFrom: 'article' });
  });
});

