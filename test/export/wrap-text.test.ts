import { describe, expect, it } from 'vitest';
import { AVG_GLYPH_EM, textWidth, wrapText } from '../../src/lib/exports/wrap-text.ts';

const PROSE = 'Xinjiang borders eight countries, and its land ports and rail hubs face Kazakhstan, Kyrgyzstan and the Fergana Valley beyond.';

describe('textWidth', () => {
  it('grows with the characters and the size, and is wider in bold', () => {
    expect(textWidth('abcd', 10)).toBeCloseTo(4 * 10 * AVG_GLYPH_EM.regular);
    expect(textWidth('abcd', 20)).toBeCloseTo(2 * textWidth('abcd', 10));
    expect(textWidth('abcd', 10, 'bold')).toBeGreaterThan(textWidth('abcd', 10));
  });

  it('counts a character outside the Basic Multilingual Plane once', () => {
    expect(textWidth('a😀', 10)).toBeCloseTo(textWidth('ab', 10));
  });
});

describe('wrapText', () => {
  it('breaks prose into lines within the width, at spaces only, keeping every word', () => {
    const lines = wrapText(PROSE, 300, 16);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(PROSE);
    const words = new Set(PROSE.split(' '));
    for (const line of lines) for (const word of line.split(' ')) expect(words.has(word), word).toBe(true);
  });

  it('fills lines: the next word would not have fitted on the line before', () => {
    const lines = wrapText(PROSE, 300, 16);
    lines.slice(1).forEach((line, i) => {
      expect(textWidth(`${lines[i]} ${line.split(' ')[0]}`, 16)).toBeGreaterThan(300);
    });
  });

  it('keeps text that fits on one line', () => {
    expect(wrapText('Freight trains', 720, 22, 'bold')).toEqual(['Freight trains']);
  });

  it('fits fewer characters per line in bold', () => {
    const regular = wrapText(PROSE, 300, 16);
    const bold = wrapText(PROSE, 300, 16, 'bold');
    expect(bold.length).toBeGreaterThanOrEqual(regular.length);
    expect(Math.max(...bold.map((l) => l.length))).toBeLessThan(Math.max(...regular.map((l) => l.length)));
  });

  it('cuts a word only when it alone is wider than a line, such as a long URL', () => {
    const url = 'https://example.org/a-very-long-path/that-never-breaks/at-a-space/#chart-freight-trains';
    const lines = wrapText(`From the site — ${url}`, 200, 13);
    expect(lines[0]).toBe('From the site —');
    expect(lines.slice(1).join('')).toBe(url);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
  });

  it('collapses runs of whitespace and gives no lines for empty text', () => {
    expect(wrapText('  a \n\t b  ', 500, 13)).toEqual(['a b']);
    expect(wrapText('   ', 500, 13)).toEqual([]);
  });

  it('puts at least one character on a line narrower than a glyph', () => {
    expect(wrapText('ab', 1, 13)).toEqual(['a', 'b']);
  });
});
