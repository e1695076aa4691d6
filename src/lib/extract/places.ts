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

/** A name to try at a word start: its text, whether letter case may differ, and its place. */
interface Name {
  text: string;
  anyCase: boolean;
  place: Place;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x205f || c === 0xfeff;
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * How long the name is where it stands in the text at `at`, or -1. A space in
 * the name matches any run of white space (line breaks, doubled spaces); the
 * name must end at a word boundary. Compared by character code, since this
 * runs at every word start of every sentence.
 */
function matchAt(text: string, at: number, name: Name): number {
  let j = at;
  for (let k = 0; k < name.text.length; k++) {
    const n = name.text.charCodeAt(k);
    if (n === 32) {
      if (!isSpace(text.charCodeAt(j))) return -1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      continue;
    }
    if (j >= text.length) return -1;
    const c = text.charCodeAt(j);
    if (c !== n && !(name.anyCase && (c < 128 && n < 128 ? lower(c) === lower(n) : text[j]!.toLowerCase() === name.text[k]!.toLowerCase()))) return -1;
    j++;
  }
  return j < text.length && continuesWord(text, j) ? -1 : j - at;
}

/**
 * Names are indexed by their first three characters, or two when the third
 * ends the word (`UK`, `Ak Su`), so each word start is tried against a few
 * names, not hundreds: "the" and "that" try none of the names that open with "Th".
 */
const prefixKey = (text: string, at = 0) => text.slice(at, at + (at + 2 < text.length && continuesWord(text, at + 2) ? 3 : 2)).toLowerCase();
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 0 not yet asked, 1 a letter or digit, 2 not. Articles translated from Chinese hold many non-ASCII characters. */
const WORD_UNITS = new Uint8Array(65536);
/** True when the character at `i` is a letter or a digit; ASCII is decided without a pattern, since this runs for every character. */
function continuesWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (Number.isNaN(c)) return false;
  return (WORD_UNITS[c] ||= WORD_CHAR.test(text[i]!) ? 1 : 2) === 1;
}

/** Every name that mentions a place: its own, its aliases and the events it hosts (`China-Eurasia Expo` names Urumqi). */
const namesOf = (place: Place) => [place.name, ...place.aliases, ...(place.venues ?? [])];

/**
 * @param places the curated gazetteer
 * @param fallback where names it lacks are looked up (the GeoNames fallback), or none
 */
export function createPlaceFinder(places: readonly Place[], fallback: PlaceFallback | null = null): PlaceFinder {
  const byId = new Map(places.map((p) => [p.id, p]));
  // A name two places share is the later one's, as it always was.
  const byName = new Map<string, Place>();
  for (const place of places) for (const name of namesOf(place)) byName.set(key(name), place);
  // Names of several words match in any case; single words only as printed. Longest first, so the first match is the longest.
  const names = places.flatMap((place) => namesOf(place).map((n): Name => ({ text: n.replace(/\s+/g, ' '), anyCase: /\s/.test(n), place: byName.get(key(n))! })));
  const index = Map.groupBy(names.sort((a, b) => b.text.length - a.text.length), (n) => prefixKey(n.text));
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
        const tried = index.get(prefixKey(text, i));
        if (!tried) continue;
        // The longest name that matches in each letter-case class, as two alternations would find.
        let exact = false;
        let anyCase = false;
        for (const name of tried) {
          if (name.anyCase ? anyCase : exact) continue;
          const length = matchAt(text, i, name);
          if (length < 0) continue;
          raw.push({ place: name.place, start: i, end: i + length });
          if (name.anyCase) anyCase = true;
          else exact = true;
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
