/**
 * The failure classes measured on unseen articles (issue 14), one sentence
 * each, written for this test: a parenthetical inside the counted phrase, a
 * counted noun far away or implied, numbers inside names, a rail port's
 * routes, examples and corridors that are not the figure's place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import type { Article } from '../src/schema.ts';

const finder = createPlaceFinder(parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8')));
const read = (body: string) => readArticle({ id: 'u', path: 'u.md', data: { title: 'Ports', publisher: 'P', published: '2024-11-10' }, body } as Article, finder).facts;

describe('figures the seeds never showed', () => {
  it('reads through a parenthetical inside the counted phrase', () => {
    expect(read('In 2024, more than 2,400 China-Europe (Central Asia) freight trains passed through Alashankou.\n')).toMatchObject([{ value: 2400, unit: 'trains', kind: 'trains', places: ['alashankou'] }]);
  });
  it('finds a counted noun in the subject, or in the set a figure is part of', () => {
    expect(read('Horgos reported that car exports in the first half of 2024 surged to reach 18,000.\n')).toMatchObject([{ value: 18000, unit: 'vehicles', kind: 'port' }]);
    const facts = read('Of the 40 companies in the Kashgar zone, 25 have signed contracts.\n');
    expect(facts.map((f) => [f.value, f.unit])).toEqual([[40, 'enterprises'], [25, 'enterprises']]);
  });
  it('never reads a number inside a name as a figure', () => {
    expect(read('Horgos lifted its COVID-19 measures in 2022.\n')).toEqual([]);
    expect(read('Horgos lifted 12 COVID-19 measures in 2022.\n')).toMatchObject([{ value: 12, unit: 'measures' }]);
  });
  it("reads a rail port's routes as train routes", () => {
    expect(read('The railway port of Alashankou now runs 57 routes.\n')).toMatchObject([{ value: 57, kind: 'trains', measure: 'routes', places: ['alashankou'] }]);
  });
  it('never gives a figure the examples of a list or the countries a corridor joins', () => {
    const [fact] = read('Alashankou handled 3 million tonnes in 2024, with goods sent to cities such as Almaty and Tashkent.\n');
    expect(fact).toMatchObject({ value: 3_000_000, places: ['alashankou'] });
    const [corridor] = read('In 2024, the China–Kyrgyzstan–Uzbekistan railway carried 1,000 containers.\n');
    expect(corridor!.places).not.toContain('kyrgyzstan');
    expect(corridor!.places).not.toContain('uzbekistan');
  });

  it('reads rupees and tenge, and "fiscal year" is not government money', () => {
    expect(read('Trade through the Khunjerab Pass reached Rs 45 billion during the fiscal year 2023-24, officials said.\n')).toMatchObject([{ value: 45e9, unit: 'PKR', kind: 'trade', places: ['khunjerab'], period: null }]);
    expect(read('Horgos handled goods worth 120 billion tenge in 2023.\n')).toMatchObject([{ value: 120e9, unit: 'KZT' }]);
  });
  it('reads "up from" as a change from the earlier level', () => {
    expect(read('In 2024, as many as 6,500 containers crossed Khunjerab, up from 4,100 a year earlier.\n')).toMatchObject([{ value: 6500, change: { value: 2400, from: 4100 } }]);
  });
  it('lets "now" beat a deadline named later in the sentence, and reads a capacity and a plan as such', () => {
    const facts = read('The Khorgos Gateway now has a capacity of 540,000 TEU a year, and plans to reach 1 million TEU by 2030.\n');
    expect(facts[0]).toMatchObject({ value: 540000, measure: 'cargo-capacity', period: { from: 'published' } });
    expect(facts[1]).toMatchObject({ value: 1_000_000, status: 'planned', period: { end: '2030-12-31' } });
  });
  it('reads a change in the present tense', () => {
    expect(read('In the first half of 2024, the Horgos area saw its imports jump 30 percent.\n')).toMatchObject([{ value: 30, change: { value: 30, unit: 'percent' } }]);
  });

  it('counts "such trains", and lets "It" mean the place the story is about', () => {
    const body = 'The Alataw Pass port in the Xinjiang Uygur Autonomous Region of northwest China handled 1,052 trains in the first two months of 2025.\n\nLast year, the port handled 6,800 such trains. It currently operates 120 routes.\n';
    const facts = readArticle({ id: 'u', path: 'u.md', data: { title: 'Alataw Pass port sees surge in trains', publisher: 'P', published: '2025-03-04' }, body } as Article, finder).facts;
    expect(facts.find((f) => f.value === 6800)).toMatchObject({ unit: 'trains', places: ['alashankou'], period: { end: '2024-12-31' } });
    expect(facts.find((f) => f.value === 120)).toMatchObject({ places: ['alashankou'] });
  });
  it('never frames a report with a deadline ahead, and reads a cost as a planned total', () => {
    const facts = readArticle({ id: 'u', path: 'u.md', data: { title: 'Rail cargo', publisher: 'P', published: '2024-09-12' }, body: 'Uzbekistan and China plan to raise rail cargo to 5 million tons by 2026.\n\nThe new railway, estimated to cost $4.7 billion, is under way.\n' } as Article, finder).facts;
    expect(facts.find((f) => f.value === 4.7e9)).toMatchObject({ kind: 'investment', measure: 'investment-planned', period: null });
  });

  it('reads a hyphenated scale, a change with its own scale, and never loses money to a verb of change', () => {
    expect(read('In 2024, Kashgar began a 2-million-kilowatt solar project.\n')).toMatchObject([{ value: 2_000_000, unit: 'kW' }]);
    expect(read('In 2024, Horgos trade reached 300 billion yuan, an increase of 20 billion yuan.\n')).toMatchObject([{ value: 3e11, change: { value: 2e10, unit: 'CNY' } }]);
    expect(read('In 2024, the Kashgar zone raised 2 billion yuan from investors.\n')).toMatchObject([{ value: 2e9, unit: 'CNY' }]);
  });
  it('keeps a past "by the end of December" in the year before a January article', () => {
    const facts = readArticle({ id: 'u', path: 'u.md', data: { title: 'Trains', publisher: 'P', published: '2025-01-08' }, body: 'By the end of December, a total of 7,200 freight trains had passed through Horgos.\n' } as Article, finder).facts;
    expect(facts[0]!.period).toMatchObject({ start: null, end: '2024-12-31' });
  });
});

