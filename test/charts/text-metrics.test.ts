/** The one text-width estimate and the one line breaker every chart and export uses. */
import { describe, expect, it } from 'vitest';
import { CHART_EM, charsIn, estimateWidth, EXPORT_EM, LABEL_EM } from '../../src/lib/charts/text-metrics.ts';
import { wrap } from '../../src/lib/charts/wrap-words.ts';
import { textWidth as exportWidth, wrapText } from '../../src/lib/exports/wrap-text.ts';
import { textWidth as labelWidth } from '../../src/lib/charts/locator/label-geometry.ts';
import { textWidth as panelWidth } from '../../src/lib/charts/panel-drawing.ts';

describe('text metrics', () => {
  it('estimates every use from one rule, with the width per use', () => {
    expect(panelWidth('Horgos', 13)).toBeCloseTo(estimateWidth('Horgos', 13, CHART_EM));
    expect(panelWidth('Horgos', 13, true)).toBeCloseTo(6 * 13 * CHART_EM.bold);
    expect(labelWidth('Horgos', 13)).toBeCloseTo(6 * 13 * LABEL_EM.regular);
    expect(exportWidth('Horgos', 16, 'bold')).toBeCloseTo(6 * 16 * EXPORT_EM.bold);
    // Wider estimates where a collision costs more: a map label over a panel's text over an export's.
    expect(LABEL_EM.regular).toBeGreaterThan(CHART_EM.regular);
    expect(CHART_EM.regular).toBeGreaterThan(EXPORT_EM.regular);
  });

  it('counts code points, not UTF-16 units, so a name with an astral character is not measured twice', () => {
    expect(estimateWidth('𝐀b', 10, CHART_EM)).toBeCloseTo(2 * 10 * CHART_EM.regular);
    expect(wrap('𝐀𝐀𝐀 b', 3)).toEqual(['𝐀𝐀𝐀', 'b']);
  });

  it('breaks the export\'s lines with the charts\' breaker', () => {
    const text = 'Goods cross at the Horgos Port into Kazakhstan every day https://example.org/a/very/long/address';
    expect(wrapText(text, 200, 16)).toEqual(wrap(text, charsIn(200, 16, EXPORT_EM)));
    expect(wrap('  a   b  ', 5)).toEqual(['a b']);
    expect(wrap('', 5)).toEqual([]);
  });
});
