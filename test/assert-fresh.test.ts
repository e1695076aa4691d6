import { describe, expect, it } from 'vitest';
import { bodyHash } from '../src/lib/article/body-hash.ts';
import { assertFresh } from '../src/lib/load/assert-fresh.ts';
import type { FactsFile } from '../src/schema.ts';

const source = (id: string, body: string) => ({ id, path: `content/articles/${id}.md`, bodySha256: bodyHash(body) });
const data = { version: 1, sources: [source('a', 'Text a.'), source('b', 'Text b.')], places: [], facts: [] } as unknown as FactsFile;

describe('assertFresh', () => {
  it('passes when the data covers exactly the loaded articles, with the same text', () => {
    expect(() => assertFresh([{ id: 'b', body: 'Text b.' }, { id: 'a', body: 'Text a.' }], data)).not.toThrow();
  });
  it('names articles that were added or removed since extraction', () => {
    expect(() => assertFresh([{ id: 'a' }, { id: 'b' }, { id: 'c' }], data)).toThrow(/not extracted: c.*Fix: run `npm run extract`/);
    expect(() => assertFresh([{ id: 'a' }], data)).toThrow(/no longer in content\/articles: b/);
  });
  it('names an article whose text changed after extraction, e.g. edited during the build', () => {
    expect(() => assertFresh([{ id: 'a', body: 'Text a, edited.' }, { id: 'b', body: 'Text b.' }], data)).toThrow(
      /^content\/articles\/a\.md: changed after its figures were extracted \(edited during the build\?\)\. Fix: run `npm run build` again$/,
    );
  });
});
