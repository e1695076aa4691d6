/**
 * The tests every bar-table chart gets: an SVG snapshot, exactly the facts
 * its rule selects, a new article's fact appearing with no code change,
 * every plotted value printed for people, and focus dimming the rest.
 */
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import type { ChartModule } from '../../src/lib/charts/chart-types.ts';
import type { FactRow } from '../../src/lib/charts/fact-rows.ts';
import type { Fact } from '../../src/schema.ts';
import { BAR_FACTS } from './bar-facts.ts';
import { drawChart, fixtureContext, markTitle } from './chart-fixture.ts';
import { normalizeSvg } from './normalize-svg.ts';

interface Expectations {
  /** Fixture fact ids the chart must plot, in order. */
  plots: string[];
  /** A fact as a newly added article would bring it; the chart must plot it. */
  newFact: Fact;
  /** A focus key and the fact ids it must leave undimmed. */
  focus: { key: string; keeps: string[] };
}

function svgDocument(svg: string): Document {
  return new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
}

export function barChartSuite(chart: ChartModule<FactRow>, expected: Expectations): void {
  it('matches its SVG snapshot', async () => {
    const { svg } = drawChart(chart, fixtureContext(BAR_FACTS));
    await expect(normalizeSvg(svg)).toMatchFileSnapshot(`./__snapshots__/${chart.id}.svg`);
  });

  it('plots exactly the facts its rule selects', () => {
    expect(drawChart(chart, fixtureContext(BAR_FACTS)).rows.map((r) => r.id)).toEqual(expected.plots);
  });

  it("plots a newly added article's fact without a code change", () => {
    const { rows, svg } = drawChart(chart, fixtureContext([...BAR_FACTS, expected.newFact]));
    const row = rows.find((r) => r.id === expected.newFact.id);
    expect(row).toBeDefined();
    expect(svg).toContain(row!.display);
  });

  it('prints every value for people and gives every bar its figure as a tooltip', () => {
    const { rows, svg } = drawChart(chart, fixtureContext(BAR_FACTS));
    const doc = svgDocument(svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const bars = [...doc.querySelectorAll('rect')].map((r) => markTitle(r) ?? '');
    for (const row of rows) {
      expect(texts.some((t) => t.includes(row.display)), row.display).toBe(true);
      expect(bars.some((b) => b.includes(row.display) && b.includes(row.period)), row.id).toBe(true);
    }
    expect(doc.querySelector('svg')!.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });

  it('dims the bars outside the step focus', () => {
    const { rows, svg } = drawChart(chart, fixtureContext(BAR_FACTS), { focus: expected.focus.key });
    const doc = svgDocument(svg);
    const dimmed = [...doc.querySelectorAll('g.dim rect')].map((r) => markTitle(r) ?? '');
    const kept = rows.filter((r) => expected.focus.keeps.includes(r.id));
    expect(kept.length).toBe(expected.focus.keeps.length);
    for (const row of rows) {
      const isDim = dimmed.some((label) => label.includes(row.display));
      expect(isDim, row.id).toBe(!expected.focus.keeps.includes(row.id));
    }
  });
}
