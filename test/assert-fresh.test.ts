import { describe, expect, it } from 'vitest';
import { assertFresh } from '../src/lib/load/assert-fresh.ts';
import type { FactsFile } from '../src/schema.ts';

const data = { version: 1, sources: [{ id: 'a' }, { id: 'b' }], places: [], facts: [] } as unknown as FactsFile;

describe('assertFresh', () => {
  it('passes when the data covers exactly the loaded articles', () => {
    expect(() => assertFresh(['b', 'a'], data)).not.toThrow();
  });
  it('names articles that were added or removed since extraction', () => {
    expect(() => assertFresh(['a', 'b', 'c'], data)).toThrow(/not extracted: c.*Fix: run `npm run extract`/);
    expect(() => assertFresh(['a'], data)).toThrow(/no longer in content\/articles: b/);
  });
});
