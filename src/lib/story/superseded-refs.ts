/**
 * Keeps the story honest as articles are added: a figure the story cites
 * may have a newer value (same measure, places and unit, a later period),
 * and the editor should know before readers do. These are notices, not
 * errors: the cited figure is still what its source reported.
 */
import type { Fact } from '../../schema.ts';
import { formatFact } from '../format/format-value.ts';
import { storyRefs } from '../load/story-refs.ts';

/** Where a period ends, for ordering; a running total "to 30 Jun" ends then, a figure without a period never. */
const endOf = (f: Fact) => f.period?.end ?? null;

/** The newest fact about the same thing as `cited` with a later period end, or null. */
export function newerFact(cited: Fact, facts: readonly Fact[]): Fact | null {
  const end = endOf(cited);
  if (!end) return null;
  const same = (f: Fact) => f.id !== cited.id && f.measure === cited.measure && f.unit === cited.unit && f.places.join('+') === cited.places.join('+') && f.places.length > 0;
  const later = facts.filter((f) => same(f) && (endOf(f) ?? '') > end);
  return later.sort((a, b) => (endOf(b) ?? '').localeCompare(endOf(a) ?? ''))[0] ?? null;
}

/** The story check a build prints: a heading, then one line per superseded reference; nothing when there is none. */
export function storyCheckLines(files: readonly { file: string; text: string }[], facts: readonly Fact[]): string[] {
  const lines = files.flatMap(({ file, text }) => supersededRefs(file, text, facts));
  return lines.length ? [`Story check: ${lines.length} cited figure(s) have a newer value:`, ...lines.map((line) => `  ${line}`)] : [];
}

/** One line per story reference whose figure a newer one supersedes. `file` names the story file. */
export function supersededRefs(file: string, source: string, facts: readonly Fact[]): string[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return storyRefs(source).flatMap((ref) => {
    const cited = ref.kind === 'fact' ? byId.get(ref.id) : undefined;
    const newer = cited && newerFact(cited, facts);
    if (!cited || !newer) return [];
    return [`${file}:${ref.line}: <Fact id="${ref.id}"> cites ${formatFact(cited)} (${cited.period?.label ?? endOf(cited)}); a newer figure exists: ${newer.id}, ${formatFact(newer)} (${newer.period?.label ?? endOf(newer)}). Fix: cite the newer fact if the story means the latest figure`];
  });
}
