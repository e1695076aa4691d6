/**
 * The publication gate, on the real build: no chart row and no story figure
 * uses a low-confidence fact that no editor has accepted or corrected, and
 * no chart draws a part beside its whole. Walks every chart's data export.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import { isPublishable } from '../../src/lib/review/publishable.ts';
import type { ChartData, FactsFile } from '../../src/schema.ts';

const data = JSON.parse(readFileSync('dist/data/facts.json', 'utf8')) as FactsFile;
const byId = new Map(data.facts.map((f) => [f.id, f]));

describe('the publication gate', () => {
  it('keeps every unreviewed low-confidence fact out of every chart export', () => {
    const held = data.facts.filter((f) => !isPublishable(f));
    // The gate must have something to hold back, or this test proves nothing.
    expect(held.length).toBeGreaterThan(0);
    for (const id of CHART_IDS) {
      const exported = JSON.parse(readFileSync(`dist/data/${id}.json`, 'utf8')) as ChartData;
      const facts = exported.rows.map((r) => byId.get(String(r.id))).filter((f) => f !== undefined);
      for (const fact of facts) expect(isPublishable(fact), `${id}: ${fact.id} (${fact.confidenceReason})`).toBe(true);
      const ids = new Set(facts.map((f) => f.id));
      for (const fact of facts) expect(fact.partOf !== null && ids.has(fact.partOf), `${id}: ${fact.id} beside its whole`).toBe(false);
    }
  });

  it('lists a held-back fact on the facts page as not yet reviewed, with its reason', () => {
    const page = readFileSync('dist/facts/index.html', 'utf8');
    const held = data.facts.find((f) => !isPublishable(f))!;
    const start = page.lastIndexOf('<tr', page.indexOf(`id="fact-${held.id}"`));
    const item = page.slice(start, page.indexOf('</tr>', start));
    expect(item).toContain('Not yet reviewed');
    expect(item).toMatch(/class="held\b/);
  });

  it('cites in the story only facts that pass the gate', () => {
    const story = readFileSync('dist/index.html', 'utf8');
    const cited = [...story.matchAll(/#fact-([a-z0-9-]+)/g)].map((m) => m[1]!).filter((id) => byId.has(id));
    expect(cited.length).toBeGreaterThan(0);
    for (const id of new Set(cited)) expect(isPublishable(byId.get(id)!), id).toBe(true);
  });
});
