/**
 * The per-article report `npm run extract` prints: facts by kind,
 * corroborations and low-confidence facts.
 */
import type { FactsFile } from '../../schema.ts';
import { FactKind } from '../../schema.ts';

/** One line per source, plus a total line. */
export function reportLines(data: FactsFile): string[] {
  const kinds = FactKind.options;
  const header = ['source'.padEnd(44), ...kinds.map((k) => k.slice(0, 5).padStart(6)), 'corrob'.padStart(7), 'low'.padStart(5)].join('');
  const lines = [header];
  for (const source of data.sources) {
    const mine = data.facts.filter((f) => f.evidence.some((e) => e.source === source.id));
    const counts = kinds.map((k) => String(mine.filter((f) => f.kind === k).length).padStart(6));
    const corroborated = mine.filter((f) => new Set(f.evidence.map((e) => e.source)).size > 1).length;
    const low = mine.filter((f) => f.confidence === 'low').length;
    lines.push([source.id.slice(0, 43).padEnd(44), ...counts, String(corroborated).padStart(7), String(low).padStart(5)].join(''));
  }
  lines.push(`${data.facts.length} facts from ${data.sources.length} sources`);
  return lines;
}
