/** A place page's dossier: its events, the charts that draw its facts, and its locator inset. Invented facts and events. */
import { describe, expect, it } from 'vitest';
import { placeInset } from '../src/lib/charts/locator/place-inset.ts';
import { placeDossier } from '../src/lib/story/place-dossier.ts';
import type { Event } from '../src/schema.ts';
import { fixtureContext, fixtureFact } from './support/chart-fixture.ts';

const context = fixtureContext([]);
const event = (id: string, start: string, places: string[]): Event => ({
  id, date: { start, end: start, label: start }, precision: 'day', text: `Something happened ${id}`, action: 'opened', places,
  evidence: [{ source: [...context.sources.keys()][0]!, quote: 'q', start: 0, end: 1, quoteStart: 0 }],
});

describe('a place\'s dossier', () => {
  const trips = fixtureFact({ id: 'trips', kind: 'trains', measure: 'train-trips', value: 10, unit: 'trains', place: 'horgos' });
  const events = [event('late', '2024-05-01', ['horgos']), event('early', '2021-01-01', ['horgos']), event('elsewhere', '2022-01-01', ['kashgar'])];

  it('lists the events that name it or a place within it, oldest first', () => {
    expect(placeDossier('horgos', [trips], events, context.places, new Map(), []).events.map((e) => e.id)).toEqual(['early', 'late']);
    expect(placeDossier('xinjiang', [trips], events, context.places, new Map(), []).events.map((e) => e.id)).toEqual(['early', 'elsewhere', 'late']);
  });

  it('lists the charts that draw its facts, in registry order', () => {
    const charted = new Map([['trips', ['freight-trains', 'locator-map']]]);
    expect(placeDossier('horgos', [trips], [], context.places, charted, ['locator-map', 'timeline', 'freight-trains']).charts).toEqual(['locator-map', 'freight-trains']);
    expect(placeDossier('horgos', [], [], context.places, charted, ['locator-map']).charts).toEqual([]);
  });
});

describe('the locator inset', () => {
  it('marks a city with a dot, and fills Xinjiang or a neighbour\'s outline', () => {
    const horgos = placeInset(context.basemap, context.places.get('horgos')!, 'Where Horgos is');
    expect(horgos).toMatch(/^<svg[^>]+role="img" aria-label="Where Horgos is"/);
    expect(horgos).toContain('<circle class="inset-dot"');
    const region = placeInset(context.basemap, context.places.get('xinjiang')!, 'x')!;
    expect(region).toContain('class="inset-place"');
    expect(region).not.toContain('<circle');
    expect(placeInset(context.basemap, context.places.get('kazakhstan')!, 'k')).toContain('class="inset-place"');
  });

  it('puts the dot inside the frame, and gives none for a place the basemap does not reach', () => {
    const svg = placeInset(context.basemap, context.places.get('kashgar')!, 'k')!;
    const [, cx, cy] = /cx="([\d.]+)" cy="([\d.]+)"/.exec(svg)!.map(Number);
    expect(cx).toBeGreaterThan(0);
    expect(cx).toBeLessThan(280);
    expect(cy).toBeGreaterThan(0);
    expect(cy).toBeLessThan(200);
    const far = { ...context.places.get('kashgar')!, id: 'far', lat: 51.5, lon: -0.1 };
    expect(placeInset(context.basemap, far, 'f')).toBeNull();
  });

  it('escapes its alt text', () => {
    expect(placeInset(context.basemap, context.places.get('horgos')!, 'A "quoted" <name>')).toContain('aria-label="A &quot;quoted&quot; &lt;name&gt;"');
  });
});
