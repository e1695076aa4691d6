import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedRender, pruneRenderCache, renderKey } from '../src/lib/io/render-cache.ts';
import { renderExport } from '../src/lib/exports/render-export.ts';
import { fixtureView, WORDS } from './export/export-fixture.ts';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'xj-render-cache-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe('render cache', () => {
  it('renders once per key and reads the same bytes back after', async () => {
    let renders = 0;
    const render = async () => { renders += 1; return bytes('image'); };
    const key = renderKey(['png', 'svg one']);
    expect(Buffer.from(await cachedRender(dir, key, render)).toString()).toBe('image');
    expect(Buffer.from(await cachedRender(dir, key, render)).toString()).toBe('image');
    expect(renders).toBe(1);
    await cachedRender(dir, renderKey(['png', 'svg two']), render);
    expect(renders).toBe(2);
  });

  it('renders again over an empty entry, and keys differ when any part does', async () => {
    const key = renderKey(['a', 'b']);
    writeFileSync(join(dir, key), '');
    expect(Buffer.from(await cachedRender(dir, key, async () => bytes('fresh'))).toString()).toBe('fresh');
    expect(renderKey(['a', 'b'])).not.toBe(renderKey(['ab', '']));
  });

  it('prunes all but the most recently used entries', () => {
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, `e${i}`), 'x');
      utimesSync(join(dir, `e${i}`), 1000 + i, 1000 + i);
    }
    expect(pruneRenderCache(dir, 2)).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['e3', 'e4']);
    expect(pruneRenderCache(join(dir, 'missing'))).toBe(0);
  });

  it('gives a PNG export byte-identical to one rendered without the cache', async () => {
    const file = { id: 'freight-trains', file: 'freight-trains.png', format: 'png', theme: 'light' } as const;
    const plain = await renderExport(file, fixtureView('freight-trains'), WORDS, 'https://example.org/');
    const first = await renderExport(file, fixtureView('freight-trains'), WORDS, 'https://example.org/', dir);
    const cached = await renderExport(file, fixtureView('freight-trains'), WORDS, 'https://example.org/', dir);
    expect(Buffer.from(first.body as Uint8Array).equals(Buffer.from(plain.body as Uint8Array))).toBe(true);
    expect(Buffer.from(cached.body as Uint8Array).equals(Buffer.from(plain.body as Uint8Array))).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
