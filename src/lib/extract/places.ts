/**
 * Finding gazetteer places in text: every name and alias, longest first, so
 * `Kashgar Economic Development Zone` wins over `Kashgar`.
 */
import type { Place } from '../../schema.ts';

/** A place named in a sentence. Offsets are relative to the sentence. */
export interface PlaceMention {
  place: Place;
  start: number;
  end: number;
}

/** Lower is more specific: a zone says more about a figure than its region does. */
export const SPECIFICITY: Readonly<Record<Place['kind'], number>> = {
  zone: 0, port: 1, county: 2, city: 3, prefecture: 4, region: 5, country: 6,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A country or region name that is only part of a larger name is not a
 * mention of the place: `China-Europe` trains, `China Merchants`,
 * `Xinjiang Daily`. Smaller places keep their mentions.
 */
function partOfLargerName(text: string, m: PlaceMention): boolean {
  if (m.place.kind !== 'country' && m.place.kind !== 'region') return false;
  const after = text.slice(m.end, m.end + 3);
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  return /^\s*-\s*\p{Lu}/u.test(after) || /\p{L}\s*-\s*$/u.test(before) || /^ \p{Lu}/u.test(after);
}

/** Finds place mentions in text. Build once per gazetteer; reuse for every sentence. */
export interface PlaceFinder {
  find(text: string): PlaceMention[];
  byId: ReadonlyMap<string, Place>;
}

export function createPlaceFinder(places: readonly Place[]): PlaceFinder {
  const byName = new Map<string, Place>();
  for (const place of places) for (const name of [place.name, ...place.aliases]) byName.set(name, place);
  // Spaces in names also match line breaks and doubled spaces.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => escape(n).replace(/ /g, '\\s+'));
  const re = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  const normalise = new Map([...byName].map(([name, place]) => [name.replace(/\s+/g, ' '), place]));
  return {
    byId: new Map(places.map((p) => [p.id, p])),
    find(text) {
      if (!re) return [];
      return [...text.matchAll(re)]
        .map((m) => ({ place: normalise.get(m[0].replace(/\s+/g, ' '))!, start: m.index, end: m.index + m[0].length }))
        .filter((m) => !partOfLargerName(text, m));
    },
  };
}
