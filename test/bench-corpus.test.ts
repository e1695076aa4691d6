/**
 * The benchmark corpus generator: deterministic, the requested size, unique
 * ids, valid front matter, and articles that really differ from their seeds.
 * Timing is not tested here; `npm run bench` reports it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus, mulberry32, rescaleNumber, YEARS } from '../scripts/bench/generate-corpus.ts';
import { formatTable, median, statsOf, timeRuns } from '../scripts/bench/measure.ts';
import { readArticles } from '../src/lib/article/read-articles.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import { Article, ArticleFrontMatter } from '../src/schema.ts';

const seeds = readArticles(process.cwd());
const places = parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8'));
const corpus = generateCorpus(seeds, 500, 42, places);
const seedOf = (id: string) => seeds.find((s) => id.endsWith(`-${s.id}`))!;

/** Every number as printed, in order. */
const numbers = (text: string) => text.match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? [];

/** Every gazetteer name or alias found in a text (whole words, case-sensitive). */
const allNames = places.flatMap((p) => [p.name, ...p.aliases]);
const namesIn = (text: string) => new Set(allNames.filter((n) => new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text)));

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpus(seeds, 500, 42, places)).toEqual(corpus);
    const other = generateCorpus(seeds, 500, 43, places);
    expect(other.map((a) => a.body)).not.toEqual(corpus.map((a) => a.body));
  });

  it('makes count articles with unique, slug-shaped ids, cycling through every seed', () => {
    expect(corpus).toHaveLength(500);
    expect(new Set(corpus.map((a) => a.id)).size).toBe(500);
    for (const a of corpus) expect(a.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(corpus.map((a) => seedOf(a.id).id))).toEqual(new Set(seeds.map((s) => s.id)));
    expect(generateCorpus(seeds, 0, 1, places)).toEqual([]);
    expect(generateCorpus(seeds, 7, 1)).toHaveLength(7);
  });

  it('gives every article valid front matter and a valid Article shape', () => {
    for (const a of corpus) {
      expect(ArticleFrontMatter.parse(a.data)).toEqual(a.data);
      expect(Article.parse(a)).toEqual(a);
    }
  });

  it('spreads publication dates over 2020–2025, some of them month-only', () => {
    const published = corpus.map((a) => a.data.published);
    const years = new Set(published.map((p) => Number(p.slice(0, 4))));
    expect(Math.min(...years)).toBe(YEARS.first);
    expect(Math.max(...years)).toBe(YEARS.last);
    const monthOnly = published.filter((p) => /^\d{4}-\d{2}$/.test(p)).length;
    expect(monthOnly).toBeGreaterThan(0);
    expect(monthOnly).toBeLessThan(published.length);
  });

  it('varies the figures but keeps how they are printed', () => {
    let changed = 0;
    let total = 0;
    for (const a of corpus) {
      const before = numbers(seedOf(a.id).body);
      const after = numbers(a.body);
      expect(after).toHaveLength(before.length);
      before.forEach((n, i) => {
        const m = after[i]!;
        total++;
        if (m !== n) changed++;
        // Same number of decimals; thousands separators kept.
        expect(m.split('.')[1]?.length, `${n} -> ${m}`).toBe(n.split('.')[1]?.length);
        if (/^\d{1,3}(?:,\d{3})+/.test(n)) expect(m, `${n} -> ${m}`).toMatch(/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$/);
      });
    }
    expect(changed / total).toBeGreaterThan(0.5);
    // The same seed yields different figures in different copies.
    const copies = corpus.filter((a) => seedOf(a.id) === seeds[0]).map((a) => numbers(a.body).join(' '));
    expect(new Set(copies).size).toBe(copies.length);
  });

  it('swaps place names for names of places of the same kind', () => {
    const kindOf = new Map(places.flatMap((p) => [p.name, ...p.aliases].map((n) => [n, p.kind] as const)));
    const seedNames = namesIn(seeds.map((s) => s.body).join('\n'));
    const generatedNames = new Set(corpus.slice(0, 50).flatMap((a) => [...namesIn(a.body)]));
    const newNames = [...generatedNames].filter((n) => !seedNames.has(n));
    expect(newNames.length).toBeGreaterThan(10);
    const seedKinds = new Set([...seedNames].map((n) => kindOf.get(n)));
    for (const n of newNames) expect(seedKinds.has(kindOf.get(n)), n).toBe(true);
  });

  it('produces bodies and titles that differ from their seeds', () => {
    for (const a of corpus) expect(a.body).not.toBe(seedOf(a.id).body);
    expect(corpus.filter((a) => a.data.title !== seedOf(a.id).data.title).length).toBeGreaterThan(0);
    expect(new Set(corpus.map((a) => a.body)).size).toBe(corpus.length);
  });

  it('rejects an empty seed list and a bad count', () => {
    expect(() => generateCorpus([], 5, 1)).toThrow(/no seed articles/);
    expect(() => generateCorpus(seeds, -1, 1)).toThrow(/count/);
    expect(() => generateCorpus(seeds, 1.5, 1)).toThrow(/count/);
  });
});

describe('rescaleNumber', () => {
  it('keeps decimals and thousands separators, never returns the same text or zero', () => {
    expect(rescaleNumber('17.6', 2)).toBe('35.2');
    expect(rescaleNumber('1,234', 1.5)).toBe('1,851');
    expect(rescaleNumber('999', 2)).toBe('1998');
    expect(rescaleNumber('12,000.50', 10)).toBe('120,005.00');
    expect(rescaleNumber('35', 1)).toBe('36');
    expect(rescaleNumber('2', 0.01)).toBe('1');
    expect(rescaleNumber('0.3', 0.01)).toBe('0.1');
  });
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
  });
});

describe('measure helpers', () => {
  it('takes medians, times runs after a warm-up with the given clock, and formats a table', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    let calls = 0;
    let t = 0;
    const times = timeRuns(() => calls++, 3, () => (t += 10));
    expect(calls).toBe(4);
    expect(times).toEqual([10, 10, 10]);
    const row = { stage: 'buildFacts', articles: 500, bytes: 2_500_000, times: [2000, 2500, 3000] };
    expect(statsOf(row)).toEqual({ medianMs: 2500, articlesPerSecond: 200, msPerArticle: 5 });
    const table = formatTable([row], 3);
    expect(table[0]).toMatch(/^\| stage \| articles \|/);
    expect(table[2]).toBe('| buildFacts | 500 | 2.50 | 2500.0 | 200 | 5.00 |');
  });
});
