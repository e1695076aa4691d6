/**
 * The charts grow with the corpus: a copy of the project with the 30
 * development articles (`../shared/corpus`, read where it is) added, and one
 * invented article of our own, builds charts whose every panel compares like
 * with like, and draws a series where one place has one measure for three
 * comparable periods.
 *
 * The corpus alone holds no such series: its annual train counts for Alataw
 * Pass are for 2016 and 2025 only, and no other place has three periods of
 * one length (its gold agrees). So the test adds the article an editor would:
 * a third year, invented, for the same crossing. The series then joins two
 * real figures and a new one, as it will when editors add articles.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import { corpusArticles } from '../../src/lib/accuracy/corpus.ts';
import { articleText } from '../../src/lib/article/new-article.ts';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import type { ChartData } from '../../src/schema.ts';
import { panelProblems } from '../support/panel-rules.ts';

const CORPUS = resolve('../shared/corpus');
const INVENTED = {
  id: 'alataw-pass-freight-trains-2020',
  data: { title: 'Alataw Pass freight trains rise in 2020', publisher: 'Example News Agency', published: '2021-01-08' },
  body: 'URUMQI, Jan. 8 -- A total of 5,000 China-Europe freight trains passed through the Alataw Pass port in 2020, local customs said on Friday.\n',
};
let dir: string;
let build: { status: number | null; stderr: string };

const chart = (id: string) => JSON.parse(readFileSync(join(dir, `dist/data/${id}.json`), 'utf8')) as ChartData;

beforeAll(() => {
  if (!existsSync(join(CORPUS, 'articles/index.json'))) throw new Error(`${CORPUS}/articles/index.json not found. Fix: put the development corpus at ../shared/corpus, beside the project`);
  dir = copyProject('.', 'xj-corpus-series');
  const articles = corpusArticles(JSON.parse(readFileSync(join(CORPUS, 'articles/index.json'), 'utf8')), (f) => readFileSync(join(CORPUS, 'articles', f), 'utf8'), CORPUS);
  for (const a of [...articles, INVENTED]) writeFileSync(join(dir, 'content/articles', `${a.id}.md`), articleText(a.data, a.body));
  build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
});

afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('the charts with the development corpus added', () => {
  it('build', () => {
    expect(build.status, build.stderr).toBe(0);
  });

  it.each(CHART_IDS)('%s: rows sharing a panel share measure, unit, status, scope and period kind', (id) => {
    expect(panelProblems(chart(id).rows)).toEqual([]);
  });

  it('draw annual train trips through Alataw Pass as a series of three years, two of them from the corpus', () => {
    const line = chart('freight-trains').rows.filter((r) => r.mark === 'line' && r.placeIds?.toString() === 'alashankou' && r.periodKind === '12m');
    expect(line.map((r) => String(r.periodEnd).slice(0, 4))).toEqual(expect.arrayContaining(['2016', '2020', '2025']));
    expect(new Set(line.map((r) => r.panel)).size).toBe(1);
    const sources = new Set(line.flatMap((r) => r.sources));
    expect([...sources].filter((s) => /^d\d\d-/.test(s)).length).toBeGreaterThanOrEqual(2);
    expect(sources).toContain(INVENTED.id);
  });
});
