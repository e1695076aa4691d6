/**
 * The editor's workflow end to end, on a temporary copy of the project: build,
 * add a new article with `npm run add-article`, build again. The article is a
 * fixture written for this test about a port the seeds never mention
 * (test/fixtures/articles/khunjerab-port.txt).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import type { ChartData, FactsFile } from '../../src/schema.ts';

const FIXTURE = resolve('test/fixtures/articles/khunjerab-port.txt');
const SLUG = 'khunjerab-port-sees-busy-season-as-china-pakistan-trade';
let dir: string;
let before: FactsFile;
let after: FactsFile;
let rebuild: { stdout: string; stderr: string; status: number | null };

function npm(...args: string[]) {
  return spawnSync('npm', ['run', '--silent', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
const json = <T>(path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;

beforeAll(() => {
  dir = copyProject('.', 'xj-add-build');
  const first = npm('build');
  expect(first.status, first.stderr).toBe(0);
  before = json<FactsFile>('dist/data/facts.json');
  const add = npm('add-article', '--', FIXTURE, '--title', 'Khunjerab Port sees busy season as China-Pakistan trade grows', '--publisher', 'Example News Agency', '--published', '2024-06-18');
  expect(add.status, add.stderr).toBe(0);
  rebuild = npm('build');
  expect(rebuild.status, rebuild.stderr).toBe(0);
  after = json<FactsFile>('dist/data/facts.json');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('adding an article and rebuilding', () => {
  const mine = () => after.facts.filter((f) => f.evidence.some((e) => e.source === SLUG));

  it('publishes the new facts, with the port found in the gazetteer', () => {
    expect(after.sources.map((s) => s.id)).toContain(SLUG);
    expect(mine().length).toBeGreaterThanOrEqual(3);
    // Both kinds must be there: an objectContaining on a Set passed for an empty set.
    expect([...new Set(mine().map((f) => f.kind))]).toEqual(expect.arrayContaining(['port', 'trade']));
    expect(mine().some((f) => f.places.includes('khunjerab'))).toBe(true);
  });

  it('reports the place the gazetteer does not know, and reads only the new article again', () => {
    expect(rebuild.stdout).toMatch(new RegExp(`\\? ${SLUG}: .*Sost Dry Port`));
    expect(rebuild.stdout).toContain(`Read 1 article(s) afresh (${SLUG}); reused 5 unchanged reading(s)`);
    expect(rebuild.stdout).toMatch(/Facts diff against the previous build: [1-9]\d* new, 0 changed, 0 removed/);
  });

  it('puts the new facts in the charts that cover their kinds', () => {
    const plotted = (id: string) => new Set(json<ChartData>(`dist/data/${id}.json`).rows.map((r) => r.id));
    for (const fact of mine()) {
      const chart = { port: 'port-throughput', trade: 'foreign-trade', investment: 'investment-by-zone', trains: 'freight-trains', project: 'projects-and-enterprises' }[fact.kind as string];
      if (chart) expect(plotted(chart), `${fact.id} in ${chart}`).toContain(fact.id);
    }
    expect(readFileSync(join(dir, `dist/sources/${SLUG}/index.html`), 'utf8')).toContain(`id="fact-${mine()[0]!.id}"`);
  });

  it("renders HTML in the article's text as text", () => {
    const page = readFileSync(join(dir, `dist/sources/${SLUG}/index.html`), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(&quot;port&quot;)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<b>figures</b>');
  });

  it('keeps every old fact id', () => {
    const ids = new Set(after.facts.map((f) => f.id));
    for (const fact of before.facts) expect(ids, fact.id).toContain(fact.id);
  });
});
