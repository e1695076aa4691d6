/**
 * Phrases that point back to a place named earlier: `the district`, `this
 * checkpoint`, `the first pilot FTZ`, a sentence opening with `It`. Each
 * gives the kinds of place it can mean, likeliest first; the words are in
 * `locales/en/place-anaphors.ts`.
 */
import type { Place } from '../../schema.ts';
import { ANAPHOR_MODIFIERS, ANAPHORS, NATIONWIDE } from './locales/en/place-anaphors.ts';

/** Up to two modifiers may stand between the determiner and the head: `the first pilot FTZ`, `this key checkpoint`. */
const ANAPHOR_RE = new RegExp(`\\b(?:the|this|that)\\s+(?:(?:${ANAPHOR_MODIFIERS.join('|')})\\s+){0,2}(${Object.keys(ANAPHORS).sort((a, b) => b.length - a.length).join('|')})\\b|^\\s*(It|Here)\\b`, 'i');
const NATIONWIDE_RE = new RegExp(`\\b(?:${NATIONWIDE.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
/** The kinds a phrase that sets a whole country's scale means (`nationwide`). */
export const COUNTRY_SCOPE: readonly Place['kind'][] = ['country'];

/** "the port of Horgos" names the port; it does not point back. */
const NAMED_AFTER_RE = /^\s+of\s+\p{Lu}/u;

/** The kinds of place a pointing-back phrase in `text` can mean, or undefined when there is none. */
export function anaphorIn(text: string): readonly Place['kind'][] | null | undefined {
  if (NATIONWIDE_RE.test(text)) return COUNTRY_SCOPE;
  const m = ANAPHOR_RE.exec(text);
  if (!m || NAMED_AFTER_RE.test(text.slice(m.index + m[0].length))) return undefined;
  return m[1] ? ANAPHORS[m[1].toLowerCase().replace(/\s+/g, ' ')] : null;
}
