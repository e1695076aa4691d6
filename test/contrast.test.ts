import { describe, expect, it } from 'vitest';
import { blend, contrastProblems, contrastRatio } from './support/contrast.ts';

describe('WCAG contrast', () => {
  it('gives the known ratios: black on white 21, #767676 on white 4.54', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('blends a colour at an opacity over its background', () => {
    expect(blend('rgb(0, 0, 0)', 0.5, 'rgb(255, 255, 255)')).toBe('#808080');
    expect(blend('rgba(0, 0, 0, 0.5)', 1, '#ffffff')).toBe('#808080');
  });

  it('holds text to 4.5:1 and graphics to 3:1', () => {
    const grey = { colour: '#000', opacity: 0.45, background: '#fff' };
    expect(contrastProblems([{ ...grey, label: 'rect', text: false }])).toEqual([]);
    expect(contrastProblems([{ ...grey, label: 'text "x"', text: true }])[0]).toMatch(/^text "x": 3\.\d\d:1 \(needs 4\.5:1\)/);
  });
});
