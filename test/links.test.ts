/**
 * Cross-border links: a paragraph that names a crossing in China and a
 * place beyond the border. Invented sentences on the real gazetteer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/lib/extract/extract-article.ts';
import { mergeLinks } from '../src/lib/extract/links.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import type { Article } from '../src/schema.ts';

const finder = createPlaceFinder(parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8')));
const links = (body: string, id = 'u') => readArticle({ id, path: `${id}.md`, data: { title: 'Ports', publisher: 'P', published: '2024-11-10' }, body } as Article, finder).links ?? [];

describe('links', () => {
  it('pairs a crossing with every place beyond the border its paragraph names, with the text that names it', () => {
    const body = 'Trucks leave the Torugart Port every morning. Most of them are bound for Bishkek, in Kyrgyzstan.\n';
    const found = links(body);
    expect(found.map((l) => l.id)).toEqual(['torugart--bishkek', 'torugart--kyrgyzstan']);
    const [bishkek] = found;
    expect(bishkek!.evidence).toHaveLength(1);
    const e = bishkek!.evidence[0]!;
    expect(body.slice(e.start, e.end)).toBe('Bishkek');
    expect(body.slice(e.quoteStart, e.quoteStart + e.quote.length)).toBe(e.quote);
    expect(e.quote).toContain('Bishkek, in Kyrgyzstan.');
  });

  it('does not link across paragraphs, nor a city in China with a place abroad', () => {
    expect(links('Trucks leave the Torugart Port every morning.\n\nKyrgyzstan has a textile industry.\n')).toEqual([]);
    expect(links('Kashgar is close to Kyrgyzstan.\n')).toEqual([]);
  });

  it('merges one pair from two articles into one link with both sentences', () => {
    const merged = mergeLinks([...links('The Horgos Port faces Kazakhstan.\n', 'a'), ...links('Goods cross at the Horgos Port into Kazakhstan.\n', 'b')]);
    expect(merged.map((l) => [l.id, l.evidence.map((e) => e.source)])).toEqual([[merged[0]!.id, ['a', 'b']]]);
    expect(merged[0]!.id).toMatch(/--kazakhstan$/);
  });
});
