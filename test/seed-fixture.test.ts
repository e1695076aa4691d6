import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/lib/article/read-articles.ts';
import { buildFacts } from '../src/lib/pipeline/build-facts.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import { ExpectedFigure, score } from './support/score-fixture.ts';

const expected = ExpectedFigure.array().parse(parse(readFileSync('test/fixtures/seed-figures.yaml', 'utf8')));
const places = parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8'));
const data = buildFacts(readArticles('.'), places);
const result = score(data.facts, expected);

describe('the reviewed fixture of seed figures', () => {
  it('names only gazetteer places in its expected figures', () => {
    expect(expected.every((e) => places.some((p) => e.places.includes(p.id)) || e.places.length === 0)).toBe(true);
  });

  it('gets at least 95% of the mission and trade figures fully right', () => {
    expect(result.missionRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps overall recall and precision from slipping', () => {
    // Floors a little under today's scores: a regression fails, noise does not.
    expect(result.overallRecall).toBeGreaterThanOrEqual(0.9);
    expect(result.precision).toBeGreaterThanOrEqual(0.85);
    expect(result.measureRight).toBeGreaterThanOrEqual(0.95);
  });
});
