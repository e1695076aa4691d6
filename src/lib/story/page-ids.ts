/**
 * Unique element ids for things that may repeat on one page: a fact cited
 * twice, a chart shown in two steps. Each key counts its uses; the story
 * renders in document order, so ids are the same on every build.
 */
const uses = new Map<string, number>();
let lastCited: string | null = null;

/** `<key>-<n>`, n counting the uses of `key` so far. */
export function nextId(key: string): string {
  const n = (uses.get(key) ?? 0) + 1;
  uses.set(key, n);
  return `${key}-${n}`;
}

/** Starts counting afresh; a page calls this before it renders, so ids do not drift between renders in `astro dev`. */
export function resetIds(): void {
  uses.clear();
  lastCited = null;
}

/**
 * Records a citation of `factId` and says whether the one before it on the
 * page cited the same fact, e.g. a figure then its change. The second needs
 * no credit of its own: it was given a moment ago.
 */
export function citesSameFactAgain(factId: string): boolean {
  const again = lastCited === factId;
  lastCited = factId;
  return again;
}
