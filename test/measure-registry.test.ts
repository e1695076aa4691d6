/**
 * The unit and measure registries are the one place a unit or a measure is
 * declared: every measure the extractor gives on the seeds and the corpus is
 * declared, every declared measure has a display name, and every unit's
 * default measure is declared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadGoldSets, DEFAULT_CORPUS } from '../scripts/accuracy.ts';
import { classify } from '../src/lib/extract/classify.ts';
import { readArticle } from '../src/lib/extract/extract-article.ts';
import { UNIT_NOUNS } from '../src/lib/extract/locales/en/units.ts';
import { isDeclared, MEASURES } from '../src/lib/extract/measures.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { MeasureLabels } from '../src/schema.ts';

const labels = parse(readFileSync('content/measures.yaml', 'utf8')) as Record<string, string>;

describe('the measure registry', () => {
  it('gives every declared measure a display name, and names no undeclared one', () => {
    expect(Object.keys(MEASURES).filter((m) => !(m in labels))).toEqual([]);
    expect(Object.keys(labels).filter((m) => !isDeclared(m))).toEqual([]);
  });

  it('refuses, in the schema of content/measures.yaml, a display name for a measure the registry lacks', () => {
    expect(MeasureLabels.safeParse(labels).success).toBe(true);
    expect(MeasureLabels.safeParse({ ...labels, 'investmnt-planned': 'Planned investment' }).success).toBe(false);
  });

  it('classifies every unit, as a count and as the subject of a change or a share, into a declared measure', () => {
    const context = (unit: string, subject: string | null, unitKind: (typeof UNIT_NOUNS)[number]['kind'] | null) => ({ unit, unitKind, before: 'It reached ', after: ' in 2024.', clause: 'It reached it in 2024.', sentence: 'It reached it in 2024.', place: null, subject });
    const undeclared = UNIT_NOUNS.flatMap((n) => [
      classify(context(n.unit, n.words[0]!, n.kind), false).measure,
      classify(context('percent', n.words[0]!, n.kind), true).measure,
      classify(context('percent', n.words[0]!, n.kind), false).measure,
    ]).filter((m) => !isDeclared(m));
    expect(undeclared).toEqual([]);
  });

  it("declares every unit's default measure", () => {
    expect(UNIT_NOUNS.filter((n) => n.measure && !isDeclared(n.measure)).map((n) => n.unit)).toEqual([]);
  });

  it('declares every measure the extractor gives on the seeds and the corpus', () => {
    const { places, sets } = loadGoldSets('.', existsSync(`${DEFAULT_CORPUS}/gold.json`) ? DEFAULT_CORPUS : null);
    const finder = createPlaceFinder(places);
    const measures = new Set(sets.flatMap((s) => s.articles.flatMap((a) => readArticle(a, finder).facts.map((f) => f.measure))));
    expect([...measures].filter((m) => !isDeclared(m))).toEqual([]);
  });
});
