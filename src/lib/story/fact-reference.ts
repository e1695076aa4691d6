/**
 * What the story prints for `<Fact id="…"/>`: the figure formatted from the
 * data, who reported it and when, the quote it came from, and, where
 * sources disagree, the other value. Pure; the component only lays it out.
 */
import { memoOn } from '../memo/memo.ts';
import type { Fact, FactsFile, Source, UiLabels } from '../../schema.ts';
import { credits } from '../format/attribution.ts';
import { formatFact } from '../format/format-value.ts';
import { sourcePath } from '../site/site-path.ts';
import { proseChange } from '../format/prose-change.ts';

export { proseChange };

/**
 * Which part of the fact to print: its figure; its reported change as prose
 * (`up 89.7% year-on-year`, `up from 7 to 139`); or who reported it
 * (`Guangming Daily`), so the prose names the publisher from the data once
 * per paragraph and need not credit every figure in brackets.
 */
export type FactPart = 'value' | 'change' | 'publisher';

/** One figure as the story shows it. */
export interface FactReference {
  factId: string;
  /** The printed figure: `3.53 billion yuan`, `up 45.6% year-on-year`, or the publisher. */
  text: string;
  /** Link to the figure highlighted in its source text. */
  href: string;
  /** `according to Xinjiang Daily, July 2022`. */
  credit: string;
  /** The sentence the figure came from. */
  quote: string;
  /** The editor's review note, if any. */
  reviewNote: string | null;
  /** The other values where sources disagree, each with its credit and link. */
  disputed: { factId: string; text: string; href: string; credit: string }[];
}

/** Facts and sources by id, once per data file: the story resolves dozens of references against thousands of facts. */
const indexOf = memoOn((data: FactsFile) => ({
  byId: new Map(data.facts.map((f) => [f.id, f])),
  sources: new Map(data.sources.map((s) => [s.id, s])),
  published: new Map(data.sources.map((s) => [s.id, s.published])),
}));

function earliestEvidence(fact: Fact, data: FactsFile) {
  const { published } = indexOf(data);
  return [...fact.evidence].sort((a, b) => (published.get(a.source) ?? '').localeCompare(published.get(b.source) ?? ''))[0]!;
}

/** The publishers of a fact's sources, in order of publication: `Guangming Daily and Tianshannet / Xinjiang Daily`. */
function publishers(fact: Fact, sources: ReadonlyMap<string, Source>): string {
  const names = [...new Set([...fact.evidence].map((e) => sources.get(e.source)).filter((s): s is Source => s !== undefined)
    .sort((a, b) => a.published.localeCompare(b.published)).map((s) => s.publisher))];
  return names.join(' and ');
}

/** Resolves a fact id to what the story prints; throws, naming the id, when there is no such fact. */
export function factReference(id: string, data: FactsFile, labels: UiLabels, part: FactPart = 'value'): FactReference {
  const { byId, sources } = indexOf(data);
  const fact = byId.get(id);
  if (!fact) throw new Error(`<Fact id="${id}">: no extracted fact has this id. Fix: pick a current id from src/generated/facts.json`);
  if (part === 'change' && !fact.change) throw new Error(`<Fact id="${id}" part="change">: this fact reports no change. Fix: drop part="change"`);
  const evidence = earliestEvidence(fact, data);
  const others = data.conflicts
    .filter((c) => c.facts.includes(id))
    .flatMap((c) => c.facts.filter((f) => f !== id))
    .flatMap((otherId) => byId.get(otherId) ?? []);
  return {
    factId: id,
    text: part === 'change' ? proseChange(fact, labels) : part === 'publisher' ? publishers(fact, sources) : formatFact(fact),
    href: sourcePath(evidence.source, id),
    credit: `${labels.accordingTo} ${credits(fact.evidence.map((e) => e.source), sources)}`,
    quote: evidence.quote,
    reviewNote: fact.review?.note ?? null,
    disputed: others.map((other) => ({
      factId: other.id,
      text: formatFact(other),
      href: sourcePath(earliestEvidence(other, data).source, other.id),
      credit: credits(other.evidence.map((e) => e.source), sources),
    })),
  };
}
