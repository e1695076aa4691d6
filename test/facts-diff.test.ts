/** The editor's review list after a rebuild. */
import { describe, expect, it } from 'vitest';
import { diffFacts, diffLines } from '../src/lib/pipeline/facts-diff.ts';
import type { ArticleReading } from '../src/lib/extract/extract-article.ts';
import { FactsFile, type Conflict, type Fact } from '../src/schema.ts';
import { FIXTURE_SOURCES, fixtureFact } from './support/chart-fixture.ts';

const evidence = (source: string) => ({ source, quote: 'A sentence with a figure.', start: 10, end: 20, quoteStart: 0 });
const trains = (id: string, value: number, sources = ['example-daily']) =>
  fixtureFact({ id, kind: 'trains', measure: 'train-trips', value, unit: 'trains', place: 'horgos', evidence: sources.map(evidence) });
const file = (facts: Fact[], conflicts: Conflict[] = []) =>
  FactsFile.parse({ version: 1, sources: FIXTURE_SOURCES, places: [], facts, conflicts, events: [] });
const readings = new Map<string, ArticleReading>([['example-wire', { facts: [], events: [], unread: [], fallbackPlaces: [], unknownPlaces: ['Jeminay Port'] }]]);

describe('diffFacts', () => {
  const before = file([trains('t-horgos-1', 7000), trains('t-horgos-h1', 3000), fixtureFact({ id: 'gone-1', kind: 'port', measure: 'vehicles', value: 5, unit: 'vehicles' })]);
  const conflict: Conflict = { id: 'c-1', kind: 'trains', measure: 'train-trips', unit: 'trains', place: 'horgos', places: ['horgos'], period: null, facts: ['t-horgos-1', 't-new-1'], sources: ['example-daily', 'example-wire'] };
  const after = file([
    trains('t-horgos-1', 7000, ['example-daily', 'example-wire']),
    { ...trains('t-horgos-h1b', 3100), period: null },
    fixtureFact({ id: 't-new-1', kind: 'trains', measure: 'train-trips', value: 800, unit: 'trains', place: 'kashgar' }),
  ], [conflict]);
  const diff = diffFacts(before, after, readings, ['example-wire']);

  it('lists new, changed and removed facts; a new value for the same figure is a change', () => {
    expect(diff.added.map((f) => f.id)).toEqual(['t-new-1']);
    expect(diff.changed.map((c) => [c.before.id, c.after.id])).toEqual([['t-horgos-h1', 't-horgos-h1b']]);
    expect(diff.removed.map((f) => f.id)).toEqual(['gone-1']);
  });

  it('lists facts a new article corroborates, new conflicts, and unknown places in the articles read afresh', () => {
    expect(diff.corroborated.map((c) => [c.fact.id, c.sources])).toEqual([['t-horgos-1', ['example-wire']]]);
    expect(diff.conflicts.map((c) => c.id)).toEqual(['c-1']);
    expect(diff.unknownPlaces).toEqual([{ source: 'example-wire', names: ['Jeminay Port'] }]);
  });

  it('prints a summary line, then one line per item', () => {
    const lines = diffLines(diff, false);
    expect(lines[0]).toBe('Facts diff against the previous build: 1 new, 1 changed, 1 removed, 1 newly corroborated, 0 no longer corroborated, 1 new conflicts, 1 unknown places');
    expect(lines).toContain('    + t-new-1: 800 trains (example-daily)');
    expect(lines).toContain('    ~ t-horgos-h1b: 3,000 trains → 3,100 trains (was t-horgos-h1)');
    expect(lines).toContain('    ? example-wire: Jeminay Port');
  });

  it('lists new facts the publication gate holds back first, with their reason', () => {
    const held = fixtureFact({ id: 't-low-1', kind: 'trains', measure: 'train-trips', value: 90, unit: 'trains', place: 'horgos', confidence: 'low', confidenceReason: 'two places fit' });
    const lines = diffLines(diffFacts(before, file([...after.facts, held], after.conflicts), readings, []), false);
    const heldAt = lines.findIndex((l) => l.includes('? t-low-1: 90 trains (example-daily): two places fit'));
    expect(heldAt).toBeGreaterThan(0);
    expect(lines[heldAt - 1]).toMatch(/new, not yet reviewed/);
    expect(heldAt).toBeLessThan(lines.indexOf('    + t-new-1: 800 trains (example-daily)'));
    expect(lines).not.toContain('    + t-low-1: 90 trains (example-daily)');
  });

  it('lists the corroborations an article took with it when it was removed', () => {
    const removedArticle = diffFacts(after, file([trains('t-horgos-1', 7000), ...after.facts.slice(1)]), readings, []);
    expect(removedArticle.uncorroborated.map((c) => [c.fact.id, c.sources])).toEqual([['t-horgos-1', ['example-wire']]]);
    const lines = diffLines(removedArticle, false);
    expect(lines[0]).toContain('1 no longer corroborated');
    expect(lines).toContain('    ≠ t-horgos-1: no longer in example-wire; now only example-daily');
  });

  it('calls everything new on a first build, and nothing on an unchanged rebuild', () => {
    expect(diffFacts(null, after, readings, []).added).toHaveLength(3);
    const same = diffFacts(after, after, readings, []);
    expect(diffLines(same, false)).toEqual(['Facts diff against the previous build: 0 new, 0 changed, 0 removed, 0 newly corroborated, 0 no longer corroborated, 0 new conflicts, 0 unknown places']);
  });
});
