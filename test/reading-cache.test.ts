/** Rebuilds read only new or changed articles; the key is content, never file times. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleReading } from '../src/lib/extract/extract-article.ts';
import { cachedReadings, readingKey, type ReadingCache } from '../src/lib/extract/reading-cache.ts';
import { extractorHash } from '../src/lib/io/extractor-hash.ts';
import { fileReadingCache } from '../src/lib/io/file-reading-cache.ts';
import type { Article } from '../src/schema.ts';

const article = (id: string, body: string): Article => ({
  id, path: `content/articles/${id}.md`, body,
  data: { title: id, publisher: 'Example Daily', published: '2024-05-01' } as Article['data'],
});
const reading = (id: string): ArticleReading => ({ facts: [], events: [], unread: [], fallbackPlaces: [], unknownPlaces: [id] });

function memory(): ReadingCache {
  const map = new Map<string, ArticleReading>();
  return { get: (k) => map.get(k) ?? null, set: (k, r) => void map.set(k, r) };
}

describe('cachedReadings', () => {
  it('reads only articles that are new or changed since the last run', () => {
    const store = memory();
    const cache = { store, extractorHash: 'v1' };
    const read = (a: Article) => reading(a.id);
    const first = cachedReadings([article('a', 'One.'), article('b', 'Two.')], read, cache);
    expect(first.stats).toEqual({ read: ['a', 'b'], reused: [] });
    const second = cachedReadings([article('a', 'One.'), article('b', 'Two, edited.'), article('c', 'Three.')], read, cache);
    expect(second.stats).toEqual({ read: ['b', 'c'], reused: ['a'] });
    expect(second.readings.get('a')).toEqual(reading('a'));
  });

  it('reads everything again under another extractor', () => {
    const store = memory();
    cachedReadings([article('a', 'One.')], (a) => reading(a.id), { store, extractorHash: 'v1' });
    expect(cachedReadings([article('a', 'One.')], (a) => reading(a.id), { store, extractorHash: 'v2' }).stats.read).toEqual(['a']);
  });

  it('keys on the path, the front matter and the body', () => {
    const a = article('a', 'One.');
    const keys = new Set([a, { ...a, path: 'content/articles/b.md' }, { ...a, body: 'One!' }, { ...a, data: { ...a.data, publisher: 'Other' } }].map((x) => readingKey(x, 'v1')));
    expect(keys.size).toBe(4);
  });
});

describe('extractorHash and the file cache', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'xj-cache-'));
    mkdirSync(join(root, 'src/lib/extract'), { recursive: true });
    mkdirSync(join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'src/lib/extract/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'content/gazetteer.yaml'), '- id: horgos\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('changes when the extractor or the gazetteer changes, not when only a file time does', () => {
    const first = extractorHash(root);
    utimesSync(join(root, 'src/lib/extract/a.ts'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(extractorHash(root)).toBe(first);
    writeFileSync(join(root, 'src/lib/extract/a.ts'), 'export const a = 2;\n');
    const second = extractorHash(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'content/gazetteer.yaml'), '- id: horgos\n- id: baktu\n');
    expect(extractorHash(root)).not.toBe(second);
  });

  it('treats an unreadable entry as a miss, and prunes entries the run did not use', () => {
    const dir = join(root, '.cache/readings');
    const cache = fileReadingCache(dir);
    cache.set('kept', reading('a'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'broken.json'), '{"facts": [');
    writeFileSync(join(dir, 'stale.json'), JSON.stringify(reading('b')));
    expect(cache.get('broken')).toBeNull();
    expect(cache.get('kept')).toEqual(reading('a'));
    const next = fileReadingCache(dir);
    next.get('kept');
    next.prune();
    expect(readdirSync(dir)).toEqual(['kept.json']);
  });
});
