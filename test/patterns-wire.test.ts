/**
 * A wire story in the usual Xinhua shape (dateline, "a total of", "year on
 * year" without hyphens, a level after "grew … to", exports beside total
 * trade, a period named once and carried through the next paragraph). Written
 * for this test; not a seed article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';

const finder = createPlaceFinder(parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8')));
const body = [
  'URUMQI, Jan. 5 (Xinhua) -- A total of 7,762 China-Europe freight trains passed through the Horgos port in 2023, up 10.6 percent year on year, according to the local railway authority.',
  'Meanwhile, the Alashankou port handled 6,600 trains in 2023. It also handled 16.4 million tonnes of cargo.',
  'Khorgos, a key hub on the China-Kazakhstan border, saw its foreign trade hit 49.8 billion yuan last year.',
  'So far, more than 80 routes link the port with cities in Europe and Asia.',
  'In the first 11 months of 2023, Xinjiang\'s foreign trade grew 47.3 percent to 326.9 billion yuan, with exports to Kazakhstan reaching 118 billion yuan.',
].join('\n\n');
const { facts } = readArticle({ id: 'wire', path: 'content/articles/wire.md', data: { title: 'Wire', publisher: 'Xinhua', published: '2024-01-05' }, body }, finder);
const one = (value: number) => {
  const found = facts.filter((f) => f.value === value);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const YEAR_2023 = { start: '2023-01-01', end: '2023-12-31' };

describe('a wire story', () => {
  it('reads "year on year" without hyphens as the basis of a change', () => {
    expect(one(7762)).toMatchObject({ kind: 'trains', measure: 'train-trips', places: ['horgos-port'], period: YEAR_2023, change: { value: 10.6, unit: 'percent', basis: 'year-on-year' } });
  });

  it('carries a period through the rest of its paragraph once a sentence has it', () => {
    expect(one(16_400_000)).toMatchObject({ measure: 'cargo-volume', places: ['alashankou'], period: { ...YEAR_2023, inherited: true } });
  });

  it('resolves "the port" to the port the story is about, or the city it is named after, never the other port named in passing', () => {
    // The lead's Horgos port and the nearer "Khorgos, a key hub" are one crossing; Alashankou, named in between, is not it.
    expect(one(80)).toMatchObject({ unit: 'routes' });
    expect(['horgos-port', 'horgos']).toContain(one(80).places[0]);
    expect(one(80).places).toHaveLength(1);
  });

  it('gives a change printed before its level ("grew 47.3 percent to 326.9 billion yuan") to that level', () => {
    expect(one(326_900_000_000)).toMatchObject({ measure: 'trade-value', change: { value: 47.3, unit: 'percent' }, period: { start: '2023-01-01', end: '2023-11-30' } });
    expect(facts.filter((f) => f.unit === 'percent')).toEqual([]);
  });

  it('tells exports from total trade, and does not let a later clause rename a figure', () => {
    expect(one(118_000_000_000)).toMatchObject({ kind: 'trade', measure: 'export-value', places: ['xinjiang'] });
    expect(one(49_800_000_000)).toMatchObject({ kind: 'trade', measure: 'trade-value', places: ['horgos'], period: YEAR_2023 });
  });
});
