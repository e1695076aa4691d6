/**
 * What a rebuild changed in the data, as the editor's review list: new
 * facts, changed values, removed facts, new and lost corroborations, new conflicts
 * and place names the gazetteer does not know, in articles that are new or
 * changed. Pure: the previous and the new data in, the list out.
 */
import type { Conflict, Fact, FactsFile } from '../../schema.ts';
import { formatFact } from '../format/format-value.ts';
import { isPublishable } from '../review/publishable.ts';
import type { ArticleReading } from '../extract/extract-article.ts';

/** The differences between two extractions. */
export interface FactsDiff {
  added: Fact[];
  removed: Fact[];
  /** Same measure, places, period and unit, another value. */
  changed: Array<{ before: Fact; after: Fact }>;
  /** Facts that existed before and gained a source. */
  corroborated: Array<{ fact: Fact; sources: string[] }>;
  /** Facts that are still there but lost a source (an article removed or changed): corroboration the site no longer has. */
  uncorroborated: Array<{ fact: Fact; sources: string[] }>;
  conflicts: Conflict[];
  /** Per new or changed article, the place-like names the gazetteer does not know. */
  unknownPlaces: Array<{ source: string; names: string[] }>;
}

const sourcesOf = (f: Fact) => [...new Set(f.evidence.map((e) => e.source))];
/** What a fact measures, without its value: two facts with the same key and other values are one changed figure. */
const meaningOf = (f: Fact) => [f.measure, f.places.join('+'), f.period?.start ?? '', f.period?.end ?? '', f.unit, sourcesOf(f).join('+')].join('|');

/**
 * Compares `next` with `previous` (null on a first build). `changedSources`
 * are the articles read afresh, whose unknown places are listed.
 */
export function diffFacts(previous: FactsFile | null, next: FactsFile, readings: ReadonlyMap<string, ArticleReading>, changedSources: readonly string[]): FactsDiff {
  const before = new Map((previous?.facts ?? []).map((f) => [f.id, f]));
  const after = new Map(next.facts.map((f) => [f.id, f]));
  const added = next.facts.filter((f) => !before.has(f.id));
  const removed = [...before.values()].filter((f) => !after.has(f.id));
  const changed: FactsDiff['changed'] = [];
  const removedByMeaning = new Map(removed.map((f) => [meaningOf(f), f]));
  for (const fact of [...added]) {
    const was = removedByMeaning.get(meaningOf(fact));
    if (!was) continue;
    changed.push({ before: was, after: fact });
    removedByMeaning.delete(meaningOf(fact));
    added.splice(added.indexOf(fact), 1);
    removed.splice(removed.indexOf(was), 1);
  }
  // For each fact in both, the sources one side has and the other lacks: gained is corroboration, lost is its loss.
  const sourcesOnly = (side: 'after' | 'before') => next.facts.flatMap((fact) => {
    const was = before.get(fact.id);
    if (!was) return [];
    const [mine, theirs] = side === 'after' ? [fact, was] : [was, fact];
    const other = new Set(sourcesOf(theirs));
    const sources = sourcesOf(mine).filter((s) => !other.has(s));
    return sources.length ? [{ fact, sources }] : [];
  });
  const corroborated = sourcesOnly('after');
  const uncorroborated = sourcesOnly('before');
  const oldConflicts = new Set((previous?.conflicts ?? []).map((c) => c.id));
  const unknownPlaces = changedSources.flatMap((source) => {
    const names = readings.get(source)?.unknownPlaces ?? [];
    return names.length ? [{ source, names }] : [];
  });
  return { added, removed, changed, corroborated, uncorroborated, conflicts: next.conflicts.filter((c) => !oldConflicts.has(c.id)), unknownPlaces };
}

/** The diff as the lines the build prints. */
export function diffLines(diff: FactsDiff, firstBuild: boolean): string[] {
  const count = (n: number, what: string) => `${n} ${what}`;
  const lines = [
    `Facts diff${firstBuild ? ' (first build: everything is new)' : ' against the previous build'}: ${[
      count(diff.added.length, 'new'), count(diff.changed.length, 'changed'), count(diff.removed.length, 'removed'),
      count(diff.corroborated.length, 'newly corroborated'), count(diff.uncorroborated.length, 'no longer corroborated'), count(diff.conflicts.length, 'new conflicts'),
      count(diff.unknownPlaces.reduce((n, u) => n + u.names.length, 0), 'unknown places'),
    ].join(', ')}`,
  ];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`  ${title}:`, ...items.map((i) => `    ${i}`));
  };
  const where = (f: Fact) => sourcesOf(f).join(', ');
  // What an editor must look at first: new facts the gate holds out of the charts until reviewed.
  section('new, not yet reviewed (held out of charts and the story; npm run review)', diff.added.filter((f) => !isPublishable(f)).map((f) => `? ${f.id}: ${formatFact(f)} (${where(f)}): ${f.confidenceReason ?? 'low confidence'}`));
  section('new', diff.added.filter(isPublishable).map((f) => `+ ${f.id}: ${formatFact(f)} (${where(f)})`));
  section('changed', diff.changed.map(({ before, after }) => `~ ${after.id}: ${formatFact(before)} → ${formatFact(after)} (was ${before.id})`));
  section('removed', diff.removed.map((f) => `- ${f.id}: ${formatFact(f)} (${where(f)})`));
  section('newly corroborated', diff.corroborated.map(({ fact, sources }) => `= ${fact.id}: also in ${sources.join(', ')}`));
  section('no longer corroborated', diff.uncorroborated.map(({ fact, sources }) => `≠ ${fact.id}: no longer in ${sources.join(', ')}; now only ${where(fact)}`));
  section('new conflicts', diff.conflicts.map((c) => `! ${c.id}: ${c.facts.join(' vs ')}`));
  section('unknown places (add to content/gazetteer.yaml?)', diff.unknownPlaces.map((u) => `? ${u.source}: ${u.names.join('; ')}`));
  return lines;
}
