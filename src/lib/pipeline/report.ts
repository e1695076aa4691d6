/**
 * The report `npm run extract` prints: a table of facts by kind per source,
 * then for each source what an editor should check: corroborations,
 * conflicts, unknown places, low-confidence facts, unread figures and the
 * dated events read, one line each.
 */
import { FactKind, type Fact } from '../../schema.ts';
import { formatFact } from '../format/format-value.ts';
import type { Extraction } from './build-facts.ts';

const sourcesOf = (f: Fact) => [...new Set(f.evidence.map((e) => e.source))];

/** Items by each source their evidence names, in one pass: a filter per source would be quadratic in articles. */
function bySource<T>(items: readonly T[], sourcesOfItem: (item: T) => Iterable<string>): (source: string) => T[] {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const source of new Set(sourcesOfItem(item))) {
      const list = map.get(source);
      if (list) list.push(item);
      else map.set(source, [item]);
    }
  }
  return (source) => map.get(source) ?? [];
}

/** Everything the report lists per source. */
function indexOf({ data }: Extraction) {
  return {
    facts: bySource(data.facts, sourcesOf),
    conflicts: bySource(data.conflicts, (c) => c.sources),
    events: bySource(data.events, (e) => e.evidence.map((x) => x.source)),
  };
}

/** Why a fact is low-confidence: the reason the extraction gave it, in words. */
const whyLow = (f: Fact): string => f.confidenceReason ?? 'low confidence';

function table({ data }: Extraction, only: ReadonlySet<string> | null, index: ReturnType<typeof indexOf>): string[] {
  const kinds = FactKind.options;
  const header = ['source'.padEnd(44), ...kinds.map((k) => k.slice(0, 5).padStart(6)), 'corrob'.padStart(7), 'confl'.padStart(6), 'low'.padStart(5)].join('');
  const lines = [header];
  for (const source of data.sources) {
    if (only && !only.has(source.id)) continue;
    const mine = index.facts(source.id);
    const counts = kinds.map((k) => String(mine.filter((f) => f.kind === k).length).padStart(6));
    const corroborated = mine.filter((f) => sourcesOf(f).length > 1).length;
    const conflicts = index.conflicts(source.id).length;
    const low = mine.filter((f) => f.confidence === 'low').length;
    lines.push([source.id.slice(0, 43).padEnd(44), ...counts, String(corroborated).padStart(7), String(conflicts).padStart(6), String(low).padStart(5)].join(''));
  }
  return lines;
}

/**
 * The report, as lines. `only` limits the per-source rows and sections to
 * those sources (the articles a rebuild read afresh), so adding one article
 * to hundreds prints one article's report; the totals always cover all.
 */
export function reportLines(extraction: Extraction, only: ReadonlySet<string> | null = null): string[] {
  const { data, readings } = extraction;
  const index = indexOf(extraction);
  const lines = table(extraction, only, index);
  const byId = new Map(data.facts.map((f) => [f.id, f]));
  for (const source of data.sources) {
    if (only && !only.has(source.id)) continue;
    const mine = index.facts(source.id);
    const reading = readings.get(source.id);
    const section = (title: string, items: string[]) => {
      if (items.length) lines.push(`  ${title} (${items.length}):`, ...items.map((i) => `    - ${i}`));
    };
    lines.push('', `${source.id} — ${source.publisher}, ${source.published}: ${mine.length} facts`);
    section('not read', reading?.notRead ? [reading.notRead] : []);
    section('corroborated', mine.filter((f) => sourcesOf(f).length > 1).map((f) => `${f.id}: also in ${sourcesOf(f).filter((s) => s !== source.id).join(', ')}`));
    section('conflicts', index.conflicts(source.id).map((c) => `${c.id}: ${c.facts.map((id) => { const f = byId.get(id); return f ? `${formatFact(f)} (${sourcesOf(f).join(', ')})` : id; }).join(' vs ')}`));
    section('unknown places (add to content/gazetteer.yaml?)', reading?.unknownPlaces ?? []);
    section('places taken from GeoNames (curate them in content/gazetteer.yaml)', (reading?.fallbackPlaces ?? []).map((p) => `${p.name} (${p.id}, ${p.kind}${p.parent ? ` in ${p.parent}` : ''}; ${p.coordSource})`));
    section('low confidence', mine.filter((f) => f.confidence === 'low').map((f) => `${f.id}: ${whyLow(f)}`));
    section('unread figures (nothing says what they measure)', (reading?.unread ?? []).map((u) => `"${u.figure}" in: ${u.quote.slice(0, 100).replace(/\s+/g, ' ')}`));
    section('events', index.events(source.id).map((e) => `${e.date.start} (${e.precision}) ${e.action}: ${e.text.replace(/\s+/g, ' ')}`));
  }
  lines.push('', `${data.facts.length} facts from ${data.sources.length} sources, ${data.conflicts.length} conflicts`);
  return lines;
}
