/** A change as the story's prose and the number cards read it: "up 37% year-on-year", "up from 7 to 139", and the earlier level a rate implies. */
import { describe, expect, it } from 'vitest';
import { loadSiteCopy } from '../src/lib/load/load-site-copy.ts';
import { proseChange } from '../src/lib/story/fact-reference.ts';
import { impliedEarlier, impliedWords } from '../src/lib/format/prose-change.ts';
import { factRows } from '../src/lib/charts/fact-rows.ts';
import { foreignTrade } from '../src/lib/charts/foreign-trade.ts';
import { drawChart, fixtureContext, fixtureFact } from './support/chart-fixture.ts';

const { labels } = loadSiteCopy();
const fact = (change: { value: number; unit: string; basis: string; from?: number }, value = 139) =>
  fixtureFact({ id: 'enterprises-x-1', kind: 'project', measure: 'enterprises', value, unit: 'enterprises', change });

describe('proseChange', () => {
  it('reads a rise and a fall in words, never with a sign', () => {
    expect(proseChange(fact({ value: 37, unit: 'percent', basis: 'year-on-year' }), labels)).toBe('up 37% year-on-year');
    expect(proseChange(fact({ value: -4.5, unit: 'percent', basis: 'year-on-year' }), labels)).toBe('down 4.5% year-on-year');
    expect(proseChange(fact({ value: 60, unit: 'projects', basis: 'year-on-year' }), labels)).toBe('up 60 projects year-on-year');
  });

  it('reads a change from one level to another as "up from … to …"', () => {
    expect(proseChange(fact({ value: 132, unit: 'enterprises', basis: 'from 7', from: 7 }), labels)).toBe('up from 7 to 139');
    expect(proseChange(fact({ value: -20, unit: 'enterprises', basis: 'from 50', from: 50 }, 30), labels)).toBe('down from 50 to 30');
  });
});

describe('the earlier level a growth rate implies', () => {
  const trade = (change: { value: number; unit: string; basis: string; from?: number }) =>
    fixtureFact({ id: 'trade-kashgar-1', kind: 'trade', measure: 'trade-value', value: 61.04e9, unit: 'CNY', change });

  it('is the level over one plus the rate, to three figures, and says it is implied', () => {
    expect(impliedEarlier(trade({ value: 89.7, unit: 'percent', basis: 'year-on-year' }))).toBe(32.2e9);
    expect(impliedEarlier(trade({ value: -20, unit: 'percent', basis: 'year-on-year' }))).toBe(76.3e9);
    expect(impliedWords(trade({ value: 89.7, unit: 'percent', basis: 'year-on-year' }), labels)).toMatch(/^implied earlier level: about 32\.2 billion yuan$/);
  });

  it('is not worked out when the source gives the earlier level, the change is not a percentage, or it is a fall of 100% or more', () => {
    expect(impliedEarlier(fact({ value: 132, unit: 'enterprises', basis: 'from 7', from: 7 }))).toBeNull();
    expect(impliedEarlier(fact({ value: 60, unit: 'enterprises', basis: 'year-on-year' }))).toBeNull();
    expect(impliedEarlier(trade({ value: -100, unit: 'percent', basis: 'year-on-year' }))).toBeNull();
    expect(impliedEarlier(fixtureFact({ id: 'x-1', kind: 'trade', measure: 'trade-value', value: 5, unit: 'CNY' }))).toBeNull();
  });

  it('is printed on a level\'s number card, under its change in words, and not on a growth rate\'s own card', () => {
    const context = fixtureContext([trade({ value: 89.7, unit: 'percent', basis: 'year-on-year' })]);
    const svg = drawChart(foreignTrade, context, { width: 320 }).svg;
    expect(svg).toContain('up 89.7% year-on-year');
    // The card wraps the line to its width; its words are one line of text.
    const implied = [...svg.matchAll(/<g class="implied"[^>]*>(.*?)<\/g>/g)].map((m) => [...m[1]!.matchAll(/>([^<]+)<\/text>/g)].map((t) => t[1]).join(' '));
    expect(implied).toEqual(['implied earlier level: about 32.2 billion yuan']);
    const growth = fixtureFact({ id: 'g-1', kind: 'trade', measure: 'trade-value-growth', value: 89.7, unit: 'percent', place: 'kashgar', change: { value: 89.7, unit: 'percent', basis: 'year-on-year' } });
    expect(factRows([growth], context)[0]!.impliedWords).not.toBeNull();
    expect(drawChart(foreignTrade, fixtureContext([growth]), { width: 320 }).svg).not.toContain('implied earlier');
  });
});
