/** Under `npm run dev`, an edited article or gazetteer is extracted again and the page reloads. */
import { EventEmitter } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyProject } from '../scripts/project-copy.ts';
import { isExtractionInput, watchExtraction } from '../src/integrations/live-extract.ts';
import { writeFileAtomic } from '../src/lib/io/write-atomic.ts';
import { runExtract } from '../src/lib/pipeline/run-extract.ts';

const ARTICLE = 'content/articles/kashi-area-of-xinjiang-pilot-ftz-inaugurated.md';
let root: string;

beforeEach(() => {
  // The copy is extracted once first: that is the last good data a dev session starts from, so no build is needed.
  root = copyProject('.', 'xj-live');
  runExtract({ root, write: writeFileAtomic });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A fake dev server: file events in, reloads and log lines out. */
function devServer() {
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const reloads = vi.fn();
  const logger = { info: vi.fn(), error: vi.fn() };
  watchExtraction(root, { watcher, ws: { send: reloads } }, logger, 10, 50);
  const edit = (file: string, change: (t: string) => string) => {
    writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
    watcher.emit('all', 'change', join(root, file));
  };
  return { reloads, logger, edit };
}

const facts = () => JSON.parse(readFileSync(join(root, 'src/generated/facts.json'), 'utf8')) as { facts: { value: number }[] };

describe('watchExtraction', () => {
  it('re-extracts an edited article and reloads the page', async () => {
    const { reloads, logger, edit } = devServer();
    edit(ARTICLE, (t) => t.replace('The first 35 enterprises', 'The first 37 enterprises'));
    await vi.waitFor(() => expect(reloads).toHaveBeenCalledWith({ type: 'full-reload' }), { timeout: 20_000 });
    expect(facts().facts.some((f) => f.value === 37)).toBe(true);
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Facts diff against the previous build: \d+ new, [1-9] changed/));
  });

  it('keeps the last good data and says why when an edit breaks the article', async () => {
    const { reloads, logger, edit } = devServer();
    edit(ARTICLE, (t) => t.replace(/^publisher: .*\n/m, ''));
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalled(), { timeout: 20_000 });
    expect(logger.error.mock.calls[0]![0]).toContain(`${ARTICLE}: publisher: is missing`);
    expect(reloads).not.toHaveBeenCalled();
  });

  it('waits while a build holds the lock, then re-extracts', async () => {
    const { reloads, logger, edit } = devServer();
    // A live process that is not this one: the test runner's parent.
    writeFileSync(join(root, '.build.lock'), JSON.stringify({ pid: process.ppid, started: '2026-01-01T00:00:00.000Z', task: 'build' }));
    edit(ARTICLE, (t) => t.replace('The first 35 enterprises', 'The first 38 enterprises'));
    await vi.waitFor(() => expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/a build \(pid \d+, .*\) is still running in this folder; re-extracting when it is done/)), { timeout: 20_000 });
    expect(reloads).not.toHaveBeenCalled();
    rmSync(join(root, '.build.lock'));
    await vi.waitFor(() => expect(reloads).toHaveBeenCalledWith({ type: 'full-reload' }), { timeout: 20_000 });
    expect(facts().facts.some((f) => f.value === 38)).toBe(true);
  });

  it('watches articles, the gazetteer and the review file only', () => {
    expect(['content/articles/x.md', 'content/gazetteer.yaml', 'content/review.yaml'].every(isExtractionInput)).toBe(true);
    expect(['content/story/index.mdx', 'content/site.yaml', 'src/pages/index.astro'].some(isExtractionInput)).toBe(false);
  });
});
