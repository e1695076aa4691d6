/**
 * Reading the unit noun that follows a number: `37 major projects`,
 * `118 international road transportation routes`, `179.66-square-kilometer`.
 */
import { MODIFIER_STOPS, UNIT_NOUNS, type UnitNoun } from './lexicon.ts';

/** A unit noun found after a number. */
export interface UnitMatch {
  noun: UnitNoun;
  /** Offset just past the unit noun, relative to the text searched. */
  end: number;
  /** The modifiers and unit noun as printed, e.g. `major projects`. */
  phrase: string;
  /** True when joined to the number by a hyphen (`24-hour`), i.e. used as an adjective. */
  attributive: boolean;
}

/** How many modifier words may stand between a number and its unit noun. */
const MAX_MODIFIERS = 8;

// A word may start with a digit only inside a compound, after a hyphen ("COVID-19 measures", "40-foot containers").
const WORD_RE = /[\p{L}][\p{L}\p{N}'’]*|(?<=-)\p{N}[\p{L}\p{N}'’]*/uy;
/** Between modifiers: spaces, a hyphen, or a short parenthetical ("China-Europe (Central Asia) freight trains"). */
const GAP_RE = /[ \u00a0]*-?[ \u00a0]*(?:\([^()]{1,30}\)[ \u00a0]*)?/y;

/** Unit phrases, longest first, as arrays of lower-case words. */
const PHRASES: ReadonlyArray<{ words: string[]; noun: UnitNoun }> = UNIT_NOUNS.flatMap((noun) =>
  noun.words.map((w) => ({ words: w.split(/[ -]/), noun })),
).sort((a, b) => b.words.length - a.words.length);

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Splits the start of `text` into words joined only by spaces or hyphens. */
function leadingWords(text: string, limit: number): Word[] {
  const words: Word[] = [];
  let pos = 0;
  while (words.length < limit) {
    GAP_RE.lastIndex = pos;
    const gap = GAP_RE.exec(text)!;
    if (gap[0].length === 0 && pos > 0) break;
    WORD_RE.lastIndex = pos + gap[0].length;
    const m = WORD_RE.exec(text);
    if (!m) break;
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    pos = m.index + m[0].length;
  }
  return words;
}

function phraseAt(words: Word[], i: number): { words: string[]; noun: UnitNoun } | undefined {
  return PHRASES.find((p) => p.words.every((w, k) => words[i + k]?.text.toLowerCase() === w));
}

/**
 * Reads the unit noun after a number, skipping up to {@link MAX_MODIFIERS}
 * modifier words. Returns null when a stop word, punctuation or the limit
 * comes first.
 *
 * @param after the text right after the number (and its scale word)
 */
export function readUnitNoun(after: string): UnitMatch | null {
  const words = leadingWords(after, MAX_MODIFIERS + 3);
  for (let i = 0; i < words.length && i <= MAX_MODIFIERS; i++) {
    let phrase = phraseAt(words, i);
    if (phrase) {
      // In a compound the last noun is the head: `freight train routes` counts routes.
      const head = phraseAt(words, i + phrase.words.length);
      if (head) {
        i += phrase.words.length;
        phrase = head;
      }
      const last = words[i + phrase.words.length - 1]!;
      const first = words[0]!;
      return {
        noun: phrase.noun,
        end: last.end,
        phrase: after.slice(first.start, last.end),
        attributive: /^[ \u00a0]*-/.test(after),
      };
    }
    const word = words[i]!.text.toLowerCase();
    // "6,800 such trains" counts trains; "20 cities such as Hebei" stops before the examples.
    if (MODIFIER_STOPS.has(word) || (word === 'such' && words[i + 1]?.text.toLowerCase() === 'as')) return null;
  }
  return null;
}

/** Finds the unit noun named in a `the number of …` phrase before a bare figure. */
export function unitFromNumberOf(before: string): UnitMatch | null {
  const m = /\bnumber of\b([^;]*)$/i.exec(before);
  if (!m) return null;
  // Parenthetical qualifiers such as "(Central Asia)" do not end the noun phrase.
  const original = m[1]!;
  const found = readUnitNoun(original.replace(/\([^)]*\)/g, (p) => ' '.repeat(p.length)));
  return found && { ...found, phrase: original.slice(original.length - original.trimStart().length, found.end) };
}


