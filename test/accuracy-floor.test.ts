/**
 * Accuracy can only rise: the seeds' and the development corpus's scores
 * (`npm run accuracy`) must stay at or above the floors in
 * `test/fixtures/accuracy-floor.json`. The corpus lives outside the repo
 * (`../shared/corpus`); CI has it, so there it is required.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { share } from '../src/lib/accuracy/metrics.ts';
import { accuracyMetrics, DEFAULT_CORPUS } from '../scripts/accuracy.ts';

const floors = JSON.parse(readFileSync('test/fixtures/accuracy-floor.json', 'utf8')) as Record<string, Record<string, number>>;
const hasCorpus = existsSync(`${DEFAULT_CORPUS}/gold.json`);
const metrics = accuracyMetrics('.', hasCorpus ? DEFAULT_CORPUS : null);

describe('accuracy floors', () => {
  it('finds the development corpus in CI', () => {
    expect(hasCorpus || !process.env.CI).toBe(true);
  });

  for (const [set, floor] of Object.entries(floors).filter(([k]) => k !== 'about')) {
    it(`${set}: every score at or above its floor`, () => {
      if (set === 'corpus' && !hasCorpus) return;
      const m = metrics[set]!;
      // `measure` and the other field names are read from the per-field table; the rest are the set's own scores.
      const count = (k: string) => (k in m.fields ? m.fields[k as 'measure'] : m[k as 'coreRight']);
      const got = Object.fromEntries(Object.keys(floor).map((k) => [k, share(count(k))]));
      for (const [k, min] of Object.entries(floor)) expect(got[k], `${set} ${k}`).toBeGreaterThanOrEqual(min);
    });
  }
});
