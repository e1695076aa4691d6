/**
 * The tests every panel chart gets: an SVG snapshot, exactly the facts its
 * rule selects, a new article's fact appearing with no code change, every
 * plotted figure printed for people, the panel rule (`panel-rules.ts`), and
 * focus dimming the rest.
 */
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import type { ChartModule } from '../../src/lib/charts/chart-types.ts';
import type { FactRow } from '../../src/lib/charts/fact-rows.ts';
import type { Fact } from '../../src/schema.ts';
import { CHART_FACTS } from './chart-facts.ts';
import { drawChart, fixtureContext, markTitle } from './chart-fixture.ts';
import { normalizeSvg } from './normalize-svg.ts';
import { panelProblems } from './panel-rules.ts';

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

/** The SVG elements that show a row: its bar or point (by tooltip), or its card's big figure (by text). */
function elementsOf(doc: Document, row: FactRow): Element[] {
  if (row.mark === 'number') return [...doc.querySelectorAll('g.number text')].filter((t) => t.textContent === row.figure);
  const shapes = row.mark === 'bar' ? 'rect' : 'circle';
  // A panel of figures with no period says so once, in its heading, not in each tooltip.
  const period = row.periodKind === 'none' ? '' : row.period;
  return [...doc.querySelectorAll(shapes)].filter((s) => (markTitle(s) ?? '').includes(row.display) && (markTitle(s) ?? '').includes(period));
}

export function panelChartSuite(chart: ChartModule<FactRow>, expected: Expectations): void {
  it('matches its SVG snapshot', async () => {
    const { svg } = drawChart(chart, fixtureContext(CHART_FACTS));
    await expect(normalizeSvg(svg)).toMatchFileSnapshot(`./__snapshots__/${chart.id}.svg`);
  });

  it('plots exactly the facts its rule selects', () => {
    expect(drawChart(chart, fixtureContext(CHART_FACTS)).rows.map((r) => r.id)).toEqual(expected.plots);
  });

  it("plots a newly added article's fact without a code change", () => {
    const { rows, svg } = drawChart(chart, fixtureContext([...CHART_FACTS, expected.newFact]));
    const row = rows.find((r) => r.id === expected.newFact.id);
    expect(row).toBeDefined();
    expect(elementsOf(svgDocument(svg), row!)).toHaveLength(1);
  });

  it('shares a panel only among like figures, and draws no bar alone', () => {
    expect(panelProblems(drawChart(chart, fixtureContext(CHART_FACTS)).rows)).toEqual([]);
  });

  it('draws every row once, as a bar, a point or a card, with its figure and period', () => {
    const { rows, svg } = drawChart(chart, fixtureContext(CHART_FACTS));
    const doc = svgDocument(svg);
    for (const row of rows) expect(elementsOf(doc, row), row.id).toHaveLength(1);
    expect(doc.querySelector('svg')!.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });

  it('dims what is outside the step focus', () => {
    const { rows, svg } = drawChart(chart, fixtureContext(CHART_FACTS), { focus: expected.focus.key });
    const doc = svgDocument(svg);
    const kept = rows.filter((r) => expected.focus.keeps.includes(r.id));
    expect(kept.length).toBe(expected.focus.keeps.length);
    for (const row of rows) {
      const shown = elementsOf(doc, row);
      expect(shown.length, row.id).toBeGreaterThan(0);
      const isDim = shown.every((el) => el.closest('g.dim') !== null);
      expect(isDim, row.id).toBe(!expected.focus.keeps.includes(row.id));
    }
  });
}
