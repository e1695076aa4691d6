/** The printed accuracy report: a table per set, the fields, then every miss with its reason. */
import type { Place } from '../../schema.ts';
import { goldPeriodEnd } from './compare.ts';
import { share, type Metrics, type Ratio } from './metrics.ts';
import type { GoldResult, SetScore } from './score.ts';

const pct = (r: Ratio) => `${(share(r) * 100).toFixed(1)}%`.padStart(6);
const cell = (r: Ratio) => `${pct(r)} (${r.hit}/${r.of})`.padEnd(17);

/** The headline table, one row per named set. */
export function tableLines(sets: ReadonlyArray<readonly [string, Metrics]>): string[] {
  const head = ['set'.padEnd(8), 'core found'.padEnd(17), 'core fully right'.padEnd(17), 'all found'.padEnd(17), 'all fully right'.padEnd(17), 'precision'.padEnd(17), 'precision (high)'.padEnd(17), 'marked high'.padEnd(17), 'noise', 'extras'];
  const rows = sets.map(([name, m]) => [name.padEnd(8), cell(m.coreFound), cell(m.coreRight), cell(m.allFound), cell(m.allRight), cell(m.precision), cell(m.precisionHigh), cell(m.highShare), String(m.noiseHits).padEnd(5), String(m.extras)]);
  const fields = ['kind', 'measure', 'place', 'period', 'status'] as const;
  return [
    head.join(' '),
    ...rows.map((r) => r.join(' ')),
    '',
    `of the gold figures found, field right: ${'set'.padEnd(8)} ${fields.map((f) => f.padEnd(17)).join(' ')}`,
    ...sets.map(([name, m]) => `${' '.repeat(40)} ${name.padEnd(8)} ${fields.map((f) => cell(m.fields[f])).join(' ')}`),
  ];
}

function placesOf(ids: readonly string[], byId: ReadonlyMap<string, Place>): string {
  return ids.map((id) => byId.get(id)?.name ?? id).join(' + ') || '∅';
}

/** Why a gold figure is not fully right, in a few words. */
export function reasonOf(r: GoldResult, byId: ReadonlyMap<string, Place>): string {
  const c = r.comparison;
  const f = r.figure;
  if (!c || !f) return 'not read';
  if (!c.value) return `read as ${f.value} ${f.unit}`;
  const fact = f.fact;
  const want = r.gold.period && goldPeriodEnd(r.gold.period);
  return [
    !c.kind && `kind ${fact.kind} (want ${r.gold.kind})`,
    !c.place && `place ${placesOf(fact.places, byId)} (want ${[r.gold.place].flat().join('|')})`,
    !c.period && `period ${fact.period ? `${fact.period.start ?? '…'}..${fact.period.end} "${fact.period.label}"` : '∅'} (want ${r.gold.period}${want && 'end' in want ? ` → ${want.end}` : ''})`,
  ].filter(Boolean).join('; ');
}

/** Every gold figure not fully right, with its article and reason; then furniture read as figures. */
export function missLines(score: SetScore, places: readonly Place[], coreOnly = false): string[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const misses = score.results.filter((r) => !r.comparison?.full && (!coreOnly || r.gold.core));
  return [
    ...misses.map((r) => `  ${r.article.slice(0, 3)} ${r.gold.core ? 'core' : '    '} ${JSON.stringify(r.gold.text)} = ${r.gold.value} ${r.gold.unit}: ${reasonOf(r, byId)}`),
    ...score.noise.map((n) => `  ${n.figure.source.slice(0, 3)} noise ${n.figure.value} ${n.figure.unit} from furniture (${n.why})`),
  ];
}
