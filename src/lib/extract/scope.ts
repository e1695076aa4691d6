/**
 * Whose figure it is (`FactScope`): a place's total, one project's or one
 * company's. Read from the subject of the verb the figure hangs on, found
 * through wink-nlp's part-of-speech tags:
 *
 * - `the company produced 3,000 freezers … and achieved sales of 3.5 million
 *   yuan`: the verb before the figure is `achieved`, joined by `and` to
 *   `produced`, whose subject is `the company`;
 * - `the first phase of the logistics project in Kashgar covers 30 hectares`:
 *   the subject's head is `phase`; the place inside it only locates it;
 * - `it plans to invest`: a pronoun stands for the sentence's earlier
 *   subject, or the last sentence's.
 *
 * A singular head counts (`200 companies` is a place's count), and a head
 * that is, or names, a gazetteer place (`the Horgos park`) is a place's.
 */
import type { FactScope } from '../../schema.ts';
import { COMPANY_HEADS, COMPANY_NAME_ONLY, PROJECT_HEADS, REPORTING_VERBS, SUBJECT_PRONOUNS } from './locales/en/scope-words.ts';
import type { PlaceMention } from './places.ts';
import { escapeRegExp } from './regex-escape.ts';
import { tag, type Token } from './syntax.ts';

const COMPANY = new Set(COMPANY_HEADS);
const NAME_ONLY = new Set(COMPANY_NAME_ONLY);
const PROJECT = new Set(PROJECT_HEADS);
const PRONOUNS = new Set(SUBJECT_PRONOUNS);
const REPORTING = new Set(REPORTING_VERBS);
/** Whole words; one that ends in a full stop (`co.`) ends there. ASCII word bounds: the words are English, and the pattern runs on every sentence. */
const wordsRe = (words: readonly string[]) => new RegExp(`\\b(?:${words.filter((w) => !w.endsWith('.')).map(escapeRegExp).join('|')})\\b|\\b(?:${words.filter((w) => w.endsWith('.')).map(escapeRegExp).join('|') || '(?!)'})`, 'i');
/** A sentence without a holder's head word, or a pronoun that may stand for one, is a place's: no need to tag it. */
const HEAD_RE = wordsRe([...COMPANY_HEADS, ...PROJECT_HEADS]);
const HEAD_G = new RegExp(HEAD_RE.source, 'gi');

/** True when a head word stands in `text` outside every place's name (`Industrial Park` in a gazetteer name is a place). */
function headOutside(text: string, mentions: readonly PlaceMention[]): boolean {
  if (!HEAD_RE.test(text)) return false;
  for (const m of text.matchAll(HEAD_G)) if (!mentions.some((p) => p.start <= m.index && m.index + m[0].length <= p.end + 1)) return true;
  return false;
}
const PRONOUN_RE = wordsRe(SUBJECT_PRONOUNS);
/** A sentence that opens with a pronoun carries the last holder on: `It also sold 200 cars.` */
const OPENS_WITH_PRONOUN_RE = new RegExp(`^\\W*(?:${SUBJECT_PRONOUNS.join('|')})\\b`, 'i');
/** What may stand inside a subject's phrase: `the first phase of the smart port project in Kashgar`. */
const IN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const PHRASE_ADPOSITIONS = new Set(['of', 'in', 'at', 'for']);
/** Between a subject and its verb: `it can also drive`, `is expected to achieve`. */
const BEFORE_VERB = new Set(['ADV', 'AUX', 'PART', 'VERB']);

const isNoun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
const word = (t: Token) => t.text.toLowerCase();
/** Plural nouns name sets; wink's lemma of a singular is the word itself. */
const singular = (t: Token) => t.lemma === word(t) || word(t).endsWith('.');

/** A subject found: its phrase's tokens, or a pronoun. */
type Subject = { pronoun: true } | { pronoun: false; phrase: Token[] };

/** The subject of the verb at `v`, or null when the verb has none of its own (`and achieved`, `to invest`). */
function subjectOf(tokens: readonly Token[], v: number): Subject | null {
  let j = v - 1;
  while (j >= 0 && BEFORE_VERB.has(tokens[j]!.pos) && tokens[j]!.text !== "'s") j--;
  const t = tokens[j];
  if (!t) return null;
  // "We will invest": a speaker, whose figure is the place's they speak for.
  if (t.pos === 'PRON') return PRONOUNS.has(word(t)) ? { pronoun: true } : { pronoun: false, phrase: [] };
  if (!isNoun(t)) return null;
  let start = j;
  while (start > 0) {
    const p = tokens[start - 1]!;
    if (IN_PHRASE.has(p.pos) || p.text === "'s" || (p.pos === 'ADP' && PHRASE_ADPOSITIONS.has(word(p)))) start--;
    else break;
  }
  return { pronoun: false, phrase: tokens.slice(start, j + 1) };
}

/** Subjects of the verbs from `to` back to the sentence's start, nearest first. */
function* subjectsBefore(tokens: readonly Token[], to: number): Generator<Subject> {
  for (let i = to - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!isVerb(t) || REPORTING.has(word(t))) continue;
    const s = subjectOf(tokens, i);
    if (s) yield s;
  }
}

/** Reads whose figure it is, sentence by sentence; call {@link ScopeContext.note} after each. */
export class ScopeContext {
  private last: FactScope = 'place';
  /** The sentences since the last one that named no holder, latest last: read only when a pronoun needs them. */
  private pending: Array<{ sentence: string; mentions: readonly PlaceMention[] }> = [];

  /** The scope of the figure starting at `figureStart`. */
  scopeOf(sentence: string, figureStart: number, mentions: readonly PlaceMention[]): FactScope {
    const prefix = sentence.slice(0, figureStart);
    // With no head word before the figure, only a pronoun standing for an earlier holder can make it one's.
    if (!headOutside(prefix, mentions) && (!PRONOUN_RE.test(prefix) || (this.pending.length === 0 && this.last === 'place'))) return 'place';
    const tokens = tag(sentence);
    const k = tokens.findIndex((t) => t.start >= figureStart);
    const subjects = [...subjectsBefore(tokens, k < 0 ? tokens.length : k)];
    const nearest = subjects[0];
    if (!nearest) return 'place';
    if (!nearest.pronoun) return this.classify(nearest.phrase, mentions);
    // A pronoun stands for the sentence's first named subject, or the sentence before's.
    const named = subjects.findLast((s) => !s.pronoun);
    return named && !named.pronoun ? this.classify(named.phrase, mentions) : this.previous();
  }

  /** The scope of the last sentence's first subject; tagged only now, since most sentences never need it. */
  private previous(): FactScope {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const { sentence, mentions } = this.pending[i]!;
      const tokens = tag(sentence);
      const first = [...subjectsBefore(tokens, tokens.length)].at(-1);
      if (first && !first.pronoun) {
        this.last = this.classify(first.phrase, mentions);
        this.pending = [];
        break;
      }
    }
    return this.last;
  }

  /** Remembers the scope of the sentence's first subject, for a pronoun in the next. */
  note(sentence: string, mentions: readonly PlaceMention[]): void {
    if (headOutside(sentence, mentions)) {
      // A pronoun three sentences on is too far to stand for anything.
      this.pending = [...this.pending.slice(-2), { sentence, mentions }];
    } else if (!OPENS_WITH_PRONOUN_RE.test(sentence)) {
      this.pending = [];
      this.last = 'place';
    }
  }

  /** The scope a subject's phrase gives: its head (the last noun before `of`/`in`/`'s`), else a singular possessor in it. */
  private classify(phrase: readonly Token[], mentions: readonly PlaceMention[]): FactScope {
    const inPlace = (t: Token) => mentions.some((m) => m.start <= t.start && t.end <= m.end);
    // A head that a known place's name ends with is that place: "the park" after "Kezhou Industrial Park".
    const named = (t: Token) => mentions.some((m) => m.place.name.toLowerCase().endsWith(word(t)) || m.place.aliases.some((a) => a.toLowerCase().endsWith(word(t))));
    // The head is the last noun before `of`, `in` or `'s`; a modifier before it ("the enterprise zone") is not the holder, a possessor after it ("revenue of the company") may be.
    const cut = phrase.findIndex((t) => t.pos === 'ADP' || t.text === "'s");
    const head = (cut < 0 ? phrase : phrase.slice(0, cut)).findLast(isNoun);
    const candidates = [...(head ? [head] : []), ...(cut < 0 ? [] : phrase.slice(cut).filter(isNoun))];
    for (const t of candidates) {
      if (inPlace(t)) return 'place';
      if (!singular(t)) continue;
      if (COMPANY.has(word(t)) && (!NAME_ONLY.has(word(t)) || /^\p{Lu}/u.test(t.text))) return 'company';
      if (PROJECT.has(word(t))) return named(t) ? 'place' : 'project';
    }
    return 'place';
  }
}
