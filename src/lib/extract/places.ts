/**
 * Finding gazetteer places in text: every name and alias, longest first, so
 * `Kashgar Economic Development Zone` wins over `Kashgar`. Names of several
 * words match in any letter case (`the Kashi area`); single words only as
 * printed, so a common word never passes for a place.
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
  // "(China) Asia-Europe Commodity Trade Expo": a bracketed country that opens a name.
  const bracketed = /\($/.test(before) && /^\)\s*\p{Lu}/u.test(text.slice(m.end, m.end + 3));
  return bracketed || /^\s*-\s*\p{Lu}/u.test(after) || /\p{L}\s*-\s*$/u.test(before) || /^ \p{Lu}/u.test(after);
}

/** Finds place mentions in text. Build once per gazetteer; reuse for every sentence. */
export interface PlaceFinder {
  find(text: string): PlaceMention[];
  byId: ReadonlyMap<string, Place>;
  /** Lower is more specific: by kind, then by depth below the top of the gazetteer. */
  rank(place: Place): number;
}

const key = (name: string) => name.replace(/\s+/g, ' ').toLowerCase();

function namesRegex(names: string[], flags: string): RegExp | null {
  if (names.length === 0) return null;
  // Spaces in names also match line breaks and doubled spaces.
  const alternatives = names.sort((a, b) => b.length - a.length).map((n) => escape(n).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

export function createPlaceFinder(places: readonly Place[]): PlaceFinder {
  const byId = new Map(places.map((p) => [p.id, p]));
  const byName = new Map<string, Place>();
  for (const place of places) for (const name of [place.name, ...place.aliases]) byName.set(key(name), place);
  const all = places.flatMap((p) => [p.name, ...p.aliases]);
  const exact = namesRegex(all.filter((n) => !/\s/.test(n)), 'gu');
  const anyCase = namesRegex(all.filter((n) => /\s/.test(n)), 'giu');
  const depth = (p: Place): number => (p.parent && byId.has(p.parent) ? 1 + depth(byId.get(p.parent)!) : 0);
  return {
    byId,
    rank: (place) => SPECIFICITY[place.kind] * 100 - depth(place),
    find(text) {
      const raw = [exact, anyCase].flatMap((re) => (re ? [...text.matchAll(re)] : []))
        .map((m) => ({ place: byName.get(key(m[0]))!, start: m.index, end: m.index + m[0].length }))
        .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      // Longest first: drop a mention that overlaps a longer one.
      const kept: PlaceMention[] = [];
      for (const m of raw) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
      return kept.sort((a, b) => a.start - b.start).filter((m) => !partOfLargerName(text, m));
    },
  };
}
