/**
 * Runs the real build and checks the published data contract: facts.json
 * validates against the published JSON Schema, every evidence offset slices
 * its article body to the figure, and every article contributes facts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../src/lib/article/read-articles.ts';
import { CSV_COLUMNS } from '../src/lib/data/facts-csv.ts';
import type { FactsFile } from '../src/schema.ts';

let data: FactsFile;

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  expect(build.status, build.stderr + build.stdout).toBe(0);
  data = JSON.parse(readFileSync('dist/data/facts.json', 'utf8')) as FactsFile;
});

describe('npm run build', () => {
  it('produces the story, the facts list and the three data files', () => {
    expect(readFileSync('dist/index.html', 'utf8')).toContain('<html lang="en">');
    expect(readFileSync('dist/facts/index.html', 'utf8')).toContain(`id="fact-${data.facts[0]!.id}"`);
    expect(readFileSync('dist/data/facts.csv', 'utf8').startsWith('id,kind,measure,value')).toBe(true);
  });

  it('writes facts.json that validates against the published facts.schema.json', () => {
    const schema = JSON.parse(readFileSync('dist/data/facts.schema.json', 'utf8')) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const broken = structuredClone(data);
    (broken.facts[0] as { value: unknown }).value = 'three';
    expect(validate(broken)).toBe(false);
  });

  it('has facts from every article, each evidence slicing the body to its figure and its quote', () => {
    const bodies = new Map(readArticles('.').map((a) => [a.id, a.body]));
    expect(new Set(data.facts.flatMap((f) => f.evidence.map((e) => e.source)))).toEqual(new Set(bodies.keys()));
    for (const fact of data.facts) {
      for (const e of fact.evidence) {
        const body = bodies.get(e.source)!;
        const figure = body.slice(e.start, e.end);
        expect(figure, fact.id).toMatch(/\d|one|two|three|four|five|six|seven|eight|nine|ten/i);
        expect(body.slice(e.quoteStart, e.quoteStart + e.quote.length)).toBe(e.quote);
        expect(e.start >= e.quoteStart && e.end <= e.quoteStart + e.quote.length, fact.id).toBe(true);
      }
    }
  });

  it('writes one RFC 4180 CSV row per fact', () => {
    const text = readFileSync('dist/data/facts.csv', 'utf8');
    expect(text).toContain('\r\n');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(data.facts.map((f) => f.id));
    expect(rows.map((r) => Number(r.value))).toEqual(data.facts.map((f) => f.value));
    expect(rows.map((r) => r.places)).toEqual(data.facts.map((f) => f.places.join(';')));
    expect(rows.some((r) => r.places?.includes(';'))).toBe(true);
    expect(rows.filter((r) => r.period_inherited === 'true').length).toBe(data.facts.filter((f) => f.period?.inherited).length);
  });
});
