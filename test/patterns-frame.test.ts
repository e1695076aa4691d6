/**
 * Reading across sentences and the headline: the story's place when the lead
 * names the headline's more exactly, a level that points back to the figure
 * before, sources joined in a list, and periods said in passing. Articles
 * written for this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import type { Fact } from '../src/schema.ts';

const finder = createPlaceFinder(parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8')));
const read = (title: string, published: string, paragraphs: readonly string[]): Fact[] =>
  readArticle({ id: 't', path: 'content/articles/t.md', data: { title, publisher: 'Example Wire', published }, body: `${paragraphs.join('\n\n')}\n` }, finder).facts;
const one = (facts: Fact[], value: number) => {
  const found = facts.filter((f) => f.value === value);
  expect(found, `facts of ${value}`).toHaveLength(1);
  return found[0]!;
};

describe('the document frame and what points back', () => {
  it('takes the lead\'s place when it names the headline\'s more exactly', () => {
    const facts = read("Urumqi's international land port has a busy spring", '2025-05-02', [
      'The Urumqi International Land Port Area saw 510 freight train trips in the first quarter of 2025.',
      'The trains carried 48,000 TEUs of goods.',
    ]);
    expect(one(facts, 48_000).places).toEqual(['urumqi-land-port']);
  });

  it('gives "the value reached" the measure of the level before it in the same unit, with its own period', () => {
    const facts = read('Zone trade grows', '2025-06-20', [
      'The Kashgar Comprehensive Bonded Zone posted an import and export value of 8 billion yuan from January to May.',
      'In May alone, the value reached 2 billion yuan.',
    ]);
    expect(one(facts, 2e9)).toMatchObject({ measure: 'trade-value', places: ['kashgar-cbz'], period: { start: '2025-05-01', end: '2025-05-31' } });
  });

  it('takes none of a list of sources as the place, and reads "for the full year" as the year', () => {
    const facts = read('Port freight', '2025-12-04', [
      'Freight through the Alashankou port reached 9 million tonnes this year.',
      'Imports made up 6 million tonnes, mainly ore and grain from Kazakhstan and Russia. The port expects 10 million tonnes for the full year.',
    ]);
    expect(one(facts, 6e6).places).toEqual(['alashankou']);
    expect(one(facts, 1e7).period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('reads a baseline "down from 6 hours last year" as no period of the new level', () => {
    const facts = read('Clearance', '2025-12-04', ['Clearance at the Alashankou port has been cut to 4 hours, down from 6 hours last year.']);
    expect(one(facts, 4).period?.label ?? null).not.toBe('last year');
  });

  it('puts a "nationwide" figure at the article\'s country, or at no place, never at a port', () => {
    const facts = read('Trains via Xinjiang', '2025-11-27', [
      'Freight trains through the Alataw Pass port made 5,800 trips this year.',
      'Nationwide, China-Europe freight trains made 17,000 trips in the first 10 months.',
    ]);
    expect(one(facts, 17_000).places).toEqual([]);
    const kazakh = read('Rail freight', '2025-11-27', ['Kazakhstan shipped 9 million tonnes to China by rail.', 'Across the country, rail freight reached 200 million tonnes this year.']);
    expect(one(kazakh, 2e8).places).toEqual(['kazakhstan']);
  });

  it('does not place a thing where it only stands near, and reads a known name after a possessive as known', () => {
    const reading = readArticle({ id: 't', path: 'content/articles/t.md', data: { title: 'Market', publisher: 'Example Wire', published: '2025-11-27' }, body: [
      'A border market opened in Tacheng on Thursday, near the Baktu port.',
      'It is expected to attract 1.5 million visitors a year. Xinjiang\'s Alataw Pass handled 5,800 trains.',
    ].join('\n\n') }, finder);
    expect(one(reading.facts, 1.5e6).places).toEqual(['tacheng']);
    expect(reading.unknownPlaces).toEqual([]);
  });

  it('gives a target "in the whole year" the year, and "the development zone" the zone named paragraphs before', () => {
    const facts = read('T', '2025-04-10', [
      'Since this year, the Horgos Economic Development Zone has focused on cross-border logistics.',
      'From January to March, the zone signed 23 projects.',
      'The funds in place of the projects reached 2.36 billion yuan.',
      'Next step, the development zone will strive to sign more than 100 projects in the whole year.',
    ]);
    expect(one(facts, 100)).toMatchObject({ places: ['horgos-edz'], status: 'target', period: { start: '2025-01-01', end: '2025-12-31' } });
  });

  it('reads a forecast whose cue stands far back in its clause', () => {
    const facts = read('Crossings', '2025-03-01', ['By the end of 2026, the parties expect the volume of cargo carried through the Horgos border crossings with their neighbours at the level of 21 million tons.']);
    expect(one(facts, 21e6).status).toBe('expected');
  });

  it('takes no partner from the headline, lets "the center" point back, and counts a subject across a time phrase', () => {
    const facts = read('Border town thrives on trade with Kazakhstan', '2025-05-21', [
      'Traders line up at the China-Kazakhstan Horgos International Border Cooperation Center every morning.',
      'Visitors to the center topped 7.5 million last year.',
    ]);
    expect(one(facts, 7.5e6)).toMatchObject({ unit: 'visitors', places: ['icbc-horgos'], period: { start: '2024-01-01', end: '2024-12-31' } });
  });
});
