/**
 * Builds under faults: two builds started at once in one folder, and a
 * build killed between each of its steps. Whatever happens, the published
 * site and data are one pair, old or new, and the site is complete. The
 * work is bounded by counts (two builds, four kills), never by a clock.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build.ts';
import { copyProject } from '../../scripts/project-copy.ts';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import { expectedSiteFiles, missingSiteFiles } from '../../src/lib/quality/site-files.ts';

const ARTICLE = 'content/articles/kashi-area-of-xinjiang-pilot-ftz-inaugurated.md';
let dir: string;

const env = (extra: Record<string, string> = {}) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });
const buildSync = (extra: Record<string, string> = {}) => spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: env(extra) });

/** Starts a build; resolves with its exit code and output. */
function buildAsync(): Promise<{ status: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, env: env() });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (status) => done({ status, out }));
  });
}

/** The published pair: the data the site serves and the data the next build compares with. Throws if they differ. */
function publishedPair(): string {
  const served = readFileSync(join(dir, 'dist/data/facts.json'), 'utf8');
  const data = readFileSync(join(dir, 'src/generated/facts.json'), 'utf8');
  expect(JSON.parse(served)).toEqual(JSON.parse(data));
  const sourceIds = (JSON.parse(data) as { sources: { id: string }[] }).sources.map((s) => s.id);
  expect(missingSiteFiles(join(dir, 'dist'), expectedSiteFiles({ sourceIds, chartIds: CHART_IDS, publicFiles: readdirSync(join(dir, 'public')), factsPages: 1 }))).toEqual([]);
  return data;
}

/** Changes a figure in an article, so the next build publishes different data. */
let edits = 0;
function editArticle(): void {
  const path = join(dir, ARTICLE);
  edits++;
  writeFileSync(path, readFileSync(path, 'utf8').replace(/The first \d+ enterprises/, `The first ${40 + edits} enterprises`));
}

beforeAll(() => {
  dir = copyProject('.', 'xj-faults');
  expect(buildSync().status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build killed between its steps', () => {
  it.each(['extracted', 'built', 'checked'] as const)('leaves the old pair when killed once %s', (point) => {
    const before = publishedPair();
    editArticle();
    const killed = buildSync({ XJ_FAULT: point });
    expect(killed.signal).toBe('SIGKILL');
    expect(publishedPair()).toBe(before);
    expect(existsSync(join(dir, '.build.lock'))).toBe(true);
  });

  it('leaves the new pair when killed just after publishing, and the next build takes over the stale lock', () => {
    const before = publishedPair();
    editArticle();
    expect(buildSync({ XJ_FAULT: 'published' }).signal).toBe('SIGKILL');
    const after = publishedPair();
    expect(after).not.toBe(before);
    const next = buildSync();
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(/\.build\.lock: the build of pid \d+ .* is no longer running; taking over its lock/);
    expect(publishedPair()).toBe(after);
    // The killed builds' staging folders are gone; the published build and the one before it remain.
    expect(readdirSync(join(dir, '.site/builds'))).toHaveLength(2);
  });
});

describe('an article edited while the site builds', () => {
  it('fails the build, naming the file, and publishes nothing', () => {
    const before = publishedPair();
    let output = '';
    const astro = (root: string, extra: Record<string, string>) => {
      const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8', env: env(extra) });
      output = run.stdout + run.stderr;
      return run.status ?? 1;
    };
    // Between the extraction and the site build: the site would highlight figures at offsets that no longer hold them.
    expect(() => runBuild(dir, () => {}, { astro, at: (point) => point === 'extracted' && editArticle() })).toThrow(/astro build exited/);
    expect(output).toContain(`${ARTICLE}: changed after its figures were extracted (edited during the build?). Fix: run \`npm run build\` again`);
    expect(publishedPair()).toBe(before);
    expect(existsSync(join(dir, '.build.lock'))).toBe(false);
  });
});

describe('two builds started at once in one folder', () => {
  it('run one after the other: both succeed, and the site published is whole', async () => {
    editArticle();
    const [a, b] = await Promise.all([buildAsync(), buildAsync()]);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect([a.out, b.out].filter((out) => /Waiting for the build of pid \d+/.test(out))).toHaveLength(1);
    publishedPair();
    expect(existsSync(join(dir, '.build.lock'))).toBe(false);
  });
});
