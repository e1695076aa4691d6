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

/** Units a change can be about when its subject names them: `freight trains via Khorgos increased by 12.6%`. */
const SUBJECT_UNITS = new Set(UNIT_NOUNS.filter((n) => n.subject).map((n) => n.unit));
const SUBJECT_RE = new RegExp(
  String.raw`\b(${PHRASES.filter((p) => SUBJECT_UNITS.has(p.noun.unit)).map((p) => p.words.join('[ -]')).join('|')})\b((?:\s+[\p{L}\p{N}'’()-]+){0,8}?)\s*$`,
  'iu',
);

/** A preposition whose object the unit noun is, with only modifiers between: `of electric`, `with the five Central Asian`. */
const IN_PHRASE_RE = /\b(?:with|between|from|to|for|among|along|by)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}$/iu;
/** A rate of trade in goods, not a count of them: "exports of new cars rose by 90 percent". */
const TRADE_OF_RE = /\b(?:exports?|imports?|trade|sales)\s+of\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}$/iu;

/** The verb between a subject and its figure: a change (`increased by`) or a level (`reached`, `totaled`). */
const SUBJECT_VERB_RE = /\s*\b(?:increased|increasing|rose|risen|grew|grown|jumped|surged|soared|climbed|expanded|fell|fallen|decreased|declined|dropped|was up|were up|was down|were down|reached|hit|totall?ed|stood at|exceeded|topped|surpassed|numbered|amounted to)(?:\s+by|\s+to(?:\s+reach)?)?\s*(?:nearly|almost|about|around|more than|over|a total of)?\s*$/i;

/**
 * The counted noun at the head of a figure's subject, when only a few words
 * without a comma stand between it and the verb before the figure:
 * `freight trains via Khorgos increased by 12.6%`, `trains through the port reached 5,670`.
 *
 * @param before the clause up to the change's verb
 * @param forChange true when the figure is a change, which trade in goods measures by value
 */
export function unitFromSubject(before: string, forChange = false): UnitMatch | null {
  const trimmed = before.replace(SUBJECT_VERB_RE, '');
  const m = SUBJECT_RE.exec(trimmed);
  if (!m || trimmed === before) return null;
  // Inside a prepositional phrase the noun is not the head: "exports of new cars rose by".
  const lead = trimmed.slice(0, m.index);
  if (IN_PHRASE_RE.test(lead) || (forChange && TRADE_OF_RE.test(lead))) return null;
  const word = m[1]!.toLowerCase().replace(/-/g, ' ');
  const noun = PHRASES.find((p) => p.words.join(' ') === word)?.noun;
  return noun ? { noun, end: m.index + m[1]!.length, phrase: m[1]!, attributive: false } : null;
}

/** "Of the 40 companies in the zone, 25 have signed contracts": the set a bare figure is part of. */
const PARTITIVE_RE = /\bof\s+(?:the|these|those|its|their)\s+[\d,.]+\s+([^,;]{1,80}),\s*$/i;

/** Finds the unit noun of the set a bare figure is counted out of: `Of the 40 companies …, 25 …`. */
export function unitFromPartitive(before: string): UnitMatch | null {
  const m = PARTITIVE_RE.exec(before);
  return m ? readUnitNoun(` ${m[1]!}`) : null;
}

