/**
 * Finding gazetteer places in text: every name and alias, longest first, so
 * `Kashgar Economic Development Zone` wins over `Kashgar`. Names of several
 * words match in any letter case (`the Kashi area`); single words only as
 * printed, so a common word never passes for a place.
 */
import type { Place } from '../../schema.ts';
import { escapeRegExp } from './regex-escape.ts';

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


/**
 * A country or region name that is only part of a larger name is not a
 * mention of the place: `China-Europe` trains, `China Merchants`,
 * `Xinjiang Daily`. Smaller places keep their mentions.
 */
function partOfLargerName(text: string, m: PlaceMention): boolean {
  // "Urumqi Rail Logistics Group Co., Ltd.": a place inside a company's name is not where a figure is.
  if (ORGANISATION_AFTER_RE.test(text.slice(m.end, m.end + 60))) return true;
  if (m.place.kind !== 'country' && m.place.kind !== 'region') return false;
  const after = text.slice(m.end, m.end + 3);
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  // "(China) Asia-Europe Commodity Trade Expo": a bracketed country that opens a name.
  const bracketed = /\($/.test(before) && /^\)\s*\p{Lu}/u.test(text.slice(m.end, m.end + 3));
  return bracketed || /^\s*[-–—]\s*\p{Lu}/u.test(after) || /\p{L}\s*[-–—]\s*$/u.test(before) || /^ \p{Lu}/u.test(after);
}

/** Up to three capitalised words, then a word that ends a company's name. */
const ORGANISATION_AFTER_RE = /^(?:\s+\p{Lu}[\p{L}&-]*){0,3}\s+(?:Group|Co\.|Company|Corporation|Corp\.|Ltd\.?|Limited|Inc\.?|Holdings)(?![\p{L}])/u;

/** Finds place mentions in text. Build once per gazetteer; reuse for every sentence. */
export interface PlaceFinder {
  find(text: string): PlaceMention[];
  byId: ReadonlyMap<string, Place>;
  /** Lower is more specific: by kind, then by depth below the top of the gazetteer. */
  rank(place: Place): number;
  /** A place for a place-like name the gazetteer lacks (`Zhaosu County`), from the fallback, or null. */
  fallback(name: string): Place | null;
}

/** Where to look up names the curated gazetteer lacks. */
export interface PlaceFallback {
  resolve(name: string): Place | null;
}

const key = (name: string) => name.replace(/\s+/g, ' ').toLowerCase();

/** A sticky pattern of names, longest first, that must end at a word boundary. Spaces also match line breaks and doubled spaces. */
function namesRegex(names: string[], flags: string): RegExp | null {
  if (names.length === 0) return null;
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/ /g, '\\s+'));
  return new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * Names are indexed by their first three characters, or two when the third
 * ends the word (`UK`, `Ak Su`), so each word start is tried against a few
 * names, not hundreds: "the" and "that" try none of the names that open with "Th".
 */
const prefixOf = (text: string, at = 0) => text.slice(at, at + (at + 2 < text.length && continuesWord(text, at + 2) ? 3 : 2)).toLowerCase();
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** True when the character at `i` is a letter or a digit; ASCII is decided without a pattern, since this runs for every character. */
function continuesWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i]!);
}

/**
 * @param places the curated gazetteer
 * @param fallback where names it lacks are looked up (the GeoNames fallback), or none
 */
export function createPlaceFinder(places: readonly Place[], fallback: PlaceFallback | null = null): PlaceFinder {
  const byId = new Map(places.map((p) => [p.id, p]));
  const byName = new Map<string, Place>();
  for (const place of places) for (const name of [place.name, ...place.aliases]) byName.set(key(name), place);
  const byPrefix = Map.groupBy(places.flatMap((p) => [p.name, ...p.aliases]), (n) => prefixOf(n));
  // Names of several words match in any case; single words only as printed.
  const index = new Map([...byPrefix].map(([prefix, names]) => [prefix, [namesRegex(names.filter((n) => !/\s/.test(n)), 'yu'), namesRegex(names.filter((n) => /\s/.test(n)), 'yiu')].filter((re): re is RegExp => re !== null)]));
  const depth = (p: Place): number => (p.parent && byId.has(p.parent) ? 1 + depth(byId.get(p.parent)!) : 0);
  const ranks = new Map(places.map((p) => [p.id, SPECIFICITY[p.kind] * 100 - depth(p)]));
  return {
    byId,
    rank: (place) => ranks.get(place.id) ?? SPECIFICITY[place.kind] * 100 - (place.parent && byId.has(place.parent) ? 1 + depth(byId.get(place.parent)!) : 0),
    fallback: (name) => fallback?.resolve(name) ?? null,
    find(text) {
      const raw: PlaceMention[] = [];
      for (let i = 0; i < text.length; i++) {
        if (i > 0 && continuesWord(text, i - 1)) continue;
        const tried = index.get(prefixOf(text, i));
        if (!tried) continue;
        for (const re of tried) {
          re.lastIndex = i;
          const m = re.exec(text);
          if (m) raw.push({ place: byName.get(key(m[0]))!, start: i, end: i + m[0].length });
        }
      }
      raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      // Longest first: drop a mention that overlaps a longer one.
      const kept: PlaceMention[] = [];
      for (const m of raw) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
      return kept.sort((a, b) => a.start - b.start).filter((m) => !partOfLargerName(text, m));
    },
  };
}
