/** The facts desk's filters: a place holds its own facts and those of every place within it. Invented facts. */
import { describe, expect, it } from 'vitest';
import { countryOf, isWithin, lineage } from '../src/lib/gazetteer/lineage.ts';
import { deskOrder, factFilters, filterCsvPath, filterPages, filterPath, flattenTree, placeTree, withinIds } from '../src/lib/story/fact-filters.ts';
import type { Place } from '../src/schema.ts';
import { fixtureContext, fixtureFact } from './support/chart-fixture.ts';

const place = (id: string, parent?: string, kind: Place['kind'] = 'city'): Place => ({ id, name: id.toUpperCase(), aliases: [], kind, lat: 0, lon: 0, ...(parent ? { parent } : {}), coordSource: 'test', curated: true });
const gazetteer = new Map([place('land', undefined, 'country'), place('region', 'land', 'region'), place('town', 'region'), place('gate', 'town', 'port'), place('loop-a', 'loop-b'), place('loop-b', 'loop-a')].map((p) => [p.id, p]));

describe('a place\'s lineage', () => {
  it('runs from the place up through its parents, and stops at a loop', () => {
    expect(lineage('gate', gazetteer).map((p) => p.id)).toEqual(['gate', 'town', 'region', 'land']);
    expect(lineage('loop-a', gazetteer).map((p) => p.id)).toEqual(['loop-a', 'loop-b']);
    expect(lineage('nowhere', gazetteer)).toEqual([]);
  });

  it('gives the country and whether a place lies within another', () => {
    expect(countryOf('gate', gazetteer)).toBe('land');
    expect(countryOf('loop-a', gazetteer)).toBeNull();
    expect(isWithin('gate', 'region', gazetteer)).toBe(true);
    expect(isWithin('region', 'gate', gazetteer)).toBe(false);
  });

  it('puts a fact within each of its places and their parents, each once', () => {
    expect(withinIds({ places: ['gate', 'town'] }, gazetteer)).toEqual(['gate', 'town', 'region', 'land']);
    expect(withinIds({ places: ['unlisted'] }, gazetteer)).toEqual(['unlisted']);
    expect(withinIds({ places: [] }, gazetteer)).toEqual([]);
  });
});

describe('the desk\'s filters', () => {
  const horgos = fixtureFact({ id: 'h', kind: 'trains', measure: 'train-trips', value: 10, unit: 'trains', place: 'horgos' });
  const region = fixtureFact({ id: 'x', kind: 'investment', measure: 'investment', value: 5e9, unit: 'CNY', place: 'xinjiang' });
  const nowhere = fixtureFact({ id: 'n', kind: 'trains', measure: 'train-trips', value: 3, unit: 'trains' });
  const { data } = fixtureContext([horgos, region, nowhere]);
  const filters = factFilters(data);

  it('lists a region\'s facts with those of the places within it, and a place without its parent\'s', () => {
    expect(filters.places.get('xinjiang')!.facts.map((f) => f.id).sort()).toEqual(['h', 'x']);
    expect(filters.places.get('horgos')!.facts.map((f) => f.id)).toEqual(['h']);
    expect([...filters.places.values()].every((f) => f.facts.length > 0)).toBe(true);
  });

  it('lists each kind with facts, in the schema\'s order, and a fact with no place only there', () => {
    expect([...filters.kinds.keys()]).toEqual(['investment', 'trains']);
    expect(filters.kinds.get('trains')!.facts.map((f) => f.id).sort()).toEqual(['h', 'n']);
    expect([...filters.places.values()].some((f) => f.facts.some((x) => x.id === 'n'))).toBe(false);
  });

  it('orders the facts by their source\'s place in the list, then as printed', () => {
    const first = data.sources[0]!.id;
    const second = data.sources[1]!.id;
    const at = (id: string, source: string, start: number) => ({ ...horgos, id, evidence: [{ ...horgos.evidence[0]!, source, start, end: start + 2 }] });
    const order = deskOrder({ sources: data.sources, facts: [at('late', first, 90), at('other', second, 0), at('early', first, 10)] });
    expect(order.map((f) => f.id)).toEqual(['early', 'late', 'other']);
  });

  it('nests the places as the gazetteer does, with each page\'s count', () => {
    const tree = placeTree(filters, new Map(data.places.map((p) => [p.id, p])));
    const flat = flattenTree(tree);
    const depth = new Map(flat.map((n) => [n.id, n.depth]));
    expect(depth.get('horgos')!).toBeGreaterThan(depth.get('xinjiang')!);
    expect(flat.find((n) => n.id === 'xinjiang')).toBeDefined();
    expect(flat.length).toBe(filters.places.size);
  });

  it('pages a long filter and names its pages and its CSV', () => {
    expect(filterPages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(filterPages([], 2)).toEqual([[]]);
    expect(filterPath({ by: 'place', id: 'horgos' })).toBe('/facts/place/horgos/');
    expect(filterPath({ by: 'kind', id: 'trains' }, 2)).toBe('/facts/kind/trains/2/');
    expect(filterCsvPath({ by: 'place', id: 'horgos' })).toBe('/facts/place/horgos/facts.csv');
  });
});
