/** A change as the story's prose reads it: "up 37% year-on-year", "up from 7 to 139". */
import { describe, expect, it } from 'vitest';
import { loadSiteCopy } from '../src/lib/load/load-site-copy.ts';
import { proseChange } from '../src/lib/story/fact-reference.ts';
import { fixtureFact } from './support/chart-fixture.ts';

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
