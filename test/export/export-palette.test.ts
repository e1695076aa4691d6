import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_PALETTES } from '../../src/lib/exports/export-palette.ts';

/** `#555` → `#555555`, so short and long hex forms compare equal. */
const longHex = (colour: string) => (colour.length === 4 ? `#${[...colour.slice(1)].map((c) => c + c).join('')}` : colour).toLowerCase();

describe('export palette', () => {
  it("matches the site's light and dark colours in src/styles/theme.css", () => {
    const css = readFileSync('src/styles/theme.css', 'utf8');
    for (const role of ['bg', 'fg', 'muted', 'rule', 'accent', 'dim'] as const) {
      const match = new RegExp(`--${role}:\\s*light-dark\\((#[0-9a-f]+),\\s*(#[0-9a-f]+)\\)`, 'i').exec(css);
      expect(match, `--${role}`).not.toBeNull();
      expect([EXPORT_PALETTES.light[role], EXPORT_PALETTES.dark[role]], role).toEqual([longHex(match![1]!), longHex(match![2]!)]);
    }
  });

  it('keeps every role distinct within a theme, so the themes differ only in colour', () => {
    for (const palette of Object.values(EXPORT_PALETTES)) expect(new Set(Object.values(palette)).size).toBe(Object.keys(palette).length);
  });
});
