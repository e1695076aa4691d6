/**
 * A story step's chart must draw what the step focuses on and the figures it
 * cites; a row budget that leaves one out fails the build. Invented facts:
 * more ports' train counts than one bar panel draws.
 */
import { describe, expect, it } from 'vitest';
import { freightTrains } from '../src/lib/charts/freight-trains.ts';
import { CHARTS } from '../src/lib/charts/registry.ts';
import { BARS_PER_GROUP } from '../src/lib/charts/row-budget.ts';
import { stepCoverage } from '../src/lib/story/step-coverage.ts';
import { citedIds } from '../src/lib/load/story-refs.ts';
import { fixtureContext, fixtureFact } from './support/chart-fixture.ts';

const PORTS = ['alashankou', 'horgos', 'baktu', 'irkeshtam', 'torugart', 'jeminay', 'takeshiken', 'khunjerab', 'yierkeshitan', 'kashgar', 'urumqi'];
const facts = PORTS.map((place, i) => fixtureFact({
  id: `trips-${place}`, kind: 'trains', measure: 'train-trips', value: 1000 - i * 10, unit: 'trains', place,
  period: { start: '2022-01-01', end: '2022-06-30', label: 'H1 2022' },
}));
const context = fixtureContext(facts);
const drawn = new Set(freightTrains.rows(context).map((r) => r.id));
const left = facts.filter((f) => !drawn.has(f.id));
const step = (attrs: string, body = 'Text.') => `Intro.\n\n<Step chart="freight-trains" ${attrs}>\n${body}\n</Step>\n`;

describe('step coverage', () => {
  it('has a fixture the budget cuts', () => {
    expect(drawn.size).toBe(BARS_PER_GROUP);
    expect(left.length).toBeGreaterThan(0);
  });

  it('passes a step that focuses on and cites figures the chart draws', () => {
    const shown = facts.find((f) => drawn.has(f.id))!;
    expect(stepCoverage('story.mdx', step(`focus="${shown.place}"`, `<Fact id="${shown.id}"/>`), CHARTS, context)).toEqual([]);
  });

  it('fails a step whose focus the budget leaves out, naming the file, the line and the fix', () => {
    const [error, ...rest] = stepCoverage('story.mdx', step(`focus="${left[0]!.place}"`), CHARTS, context);
    expect(rest).toEqual([]);
    expect(error).toMatch(new RegExp(`^story\\.mdx:3: <Step chart="freight-trains">: focus="${left[0]!.place}" names nothing the chart draws; its row budget draws ${BARS_PER_GROUP} of ${facts.length} figures\\. Fix: `));
  });

  it('fails a step that cites a figure the budget leaves out, and ignores one that belongs to no budgeted chart', () => {
    const errors = stepCoverage('story.mdx', step('', `<Fact id="${left[0]!.id}"/> and <Fact id="not-on-this-chart"/>`), CHARTS, context);
    expect(errors).toEqual([expect.stringContaining(`cites <Fact id="${left[0]!.id}">, which the chart's row budget leaves out`)]);
  });

  it('checks nothing for a chart without a budget', () => {
    expect(stepCoverage('story.mdx', '<Step chart="locator-map" focus="nowhere">\n</Step>', CHARTS, context)).toEqual([]);
  });
});

describe('cited rows the budget keeps', () => {
  it('draws a figure the story cites besides the budget, so the step passes and the chart grows by that row only', () => {
    const pinned = fixtureContext(facts, [], [], new Set([left[0]!.id]));
    const rows = freightTrains.rows(pinned).map((r) => r.id);
    expect(rows).toContain(left[0]!.id);
    expect(rows).toHaveLength(BARS_PER_GROUP + 1);
    expect(stepCoverage('story.mdx', step(`focus="${left[0]!.place}"`, `<Fact id="${left[0]!.id}"/>`), CHARTS, pinned)).toEqual([]);
  });

  it('reads the ids from the story: every cited fact and every focus, outside comments and code', () => {
    const ids = citedIds(['<Fact id="a-1"/> {/* <Fact id="not-me"/> */}\n<Step chart="freight-trains" focus="horgos">\n<Fact id="b-2" part="change"/>\n</Step>\n']);
    expect([...ids].sort()).toEqual(['a-1', 'b-2', 'horgos']);
  });
});
