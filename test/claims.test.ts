/**
 * What kind of claim a figure is: whose figure (scope), what it is a part of
 * (partOf), how sure the reading is (confidence and its reason) and which
 * units translation gets wrong. Sentences written for this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import type { Article, Fact } from '../src/schema.ts';

const places = parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8'));
const finder = createPlaceFinder(places);
const read = (body: string, over: Partial<Article['data']> = {}): Fact[] =>
  readArticle({ id: 'x', path: 'content/articles/x.md', data: { title: 'A zone grows', publisher: 'Example Daily', published: '2025-07-20', ...over }, body }, finder).facts;
const at = (facts: Fact[], value: number) => facts.find((f) => f.value === value)!;

describe('scope: whose figure it is', () => {
  it("reads a company's figure from the subject of its verb, through a joined verb and a pronoun", () => {
    const facts = read('In 2024, the company made 4,000 heaters in Horgos and earned sales revenue of 6.2 million yuan. It plans to invest 300 million yuan in Hami.');
    expect(at(facts, 6.2e6)).toMatchObject({ scope: 'company', place: 'horgos' });
    expect(at(facts, 3e8)).toMatchObject({ scope: 'company', status: 'planned' });
  });

  it("reads a project's figure from the head of its subject, not from the place that locates it", () => {
    const facts = read('In 2024, the second phase of the cold-chain project in Horgos covered 40 hectares, with an investment of 800 million yuan.');
    expect(at(facts, 8e8)).toMatchObject({ scope: 'project', place: 'horgos' });
  });

  it("keeps a place's total, a count of many companies and a figure a company only reports as the place's", () => {
    const facts = read('In 2024, Horgos attracted 120 companies with investment of 9 billion yuan. In 2024, the port handled 7,300 trains, the operating company said.');
    expect(at(facts, 120).scope).toBe('place');
    expect(at(facts, 9e9).scope).toBe('place');
    expect(at(facts, 7300).scope).toBe('place');
  });

  it('takes the head of the subject, not a word that modifies it, and a group only by name', () => {
    expect(at(read('In 2024, the enterprise zone in Horgos handled 300 trucks.'), 300).scope).toBe('place');
    expect(at(read('In 2024, the working group in Hami spent 20 million yuan.'), 2e7).scope).toBe('place');
    expect(at(read('In 2024, China Energy Group spent 20 million yuan in Hami.'), 2e7).scope).toBe('company');
    expect(at(read('In 2024, sales revenue of the company in Hami reached 5 million yuan.'), 5e6).scope).toBe('company');
  });
});

describe('partOf: parts of a total', () => {
  it('links a part opening with "Among them" to its total in the sentence before, across a paragraph break', () => {
    const facts = read('In 2024, Hami signed 50 projects with a total investment of 12 billion yuan.\n\nAmong them, the largest project has an investment of 3 billion yuan.');
    expect(at(facts, 3e9).partOf).toBe(at(facts, 12e9).id);
    expect(at(facts, 12e9).partOf).toBeNull();
  });

  it('links a part to a total in its own sentence ("including", "of the 40 companies, 25")', () => {
    const including = read('In 2024, Hami signed 50 projects, including 18 industrial projects.');
    expect(at(including, 18).partOf).toBe(at(including, 50).id);
    const set = read('In 2024, of the 40 companies in Hami, 25 have signed contracts.');
    expect(at(set, 25).partOf).toBe(at(set, 40).id);
  });

  it('never makes a part of something smaller, of another unit or of a rate', () => {
    const facts = read('In 2024, Hami signed 50 projects. Among them, 60 were new, and investment of 2 billion yuan rose 9 percent.');
    expect(at(facts, 60).partOf).toBeNull();
    expect(at(facts, 2e9).partOf).toBeNull();
  });
});

describe('confidence: high only with a clear margin, and the reason in words when low', () => {
  it('says why a fact is low', () => {
    expect(at(read('The port handled 7,300 trains.'), 7300)).toMatchObject({ confidence: 'low', confidenceReason: expect.stringContaining('no place') });
    expect(at(read('Horgos handled 7,300 trains.'), 7300)).toMatchObject({ confidence: 'low', confidenceReason: 'no period is named for it' });
    expect(at(read('In 2024, Horgos handled 7,300 trains.'), 7300)).toMatchObject({ confidence: 'high', confidenceReason: null });
  });

  it('marks two places that fit equally as a close call', () => {
    const fact = at(read('In 2024, Horgos overtook Alataw Pass with 7,300 trains.'), 7300);
    expect(fact.confidence).toBe('low');
    expect(fact.confidenceReason).toContain('two places fit');
  });

  it('warns on acres in a text that may be translated from Chinese, and not in one marked untranslated', () => {
    const body = 'In 2024, the Horgos zone added land of 600 acres.';
    const translated = at(read(body, { translation: 'machine' }), 600);
    expect(translated.warnings[0]).toMatch(/mu/);
    expect(translated).toMatchObject({ confidence: 'low', confidenceReason: expect.stringContaining('translation trap') });
    expect(at(read(body), 600).warnings).toHaveLength(1);
    expect(at(read(body, { translation: 'none' }), 600).warnings).toEqual([]);
  });
});
