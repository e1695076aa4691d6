/**
 * Place-like names the gazetteer does not know: capitalised names ending in
 * a place word (`Bayinkuluti Town`, `Kashgar Comprehensive Bonded Zone`).
 * They are reported so an editor can add them to `content/gazetteer.yaml`;
 * figures are never attached to them.
 */
import type { PlaceMention } from './places.ts';

const PLACE_WORDS = 'Port|Ports|Pass|County|City|Prefecture|Town|Township|Village|Province|District|Zone|Park|Area|Station|Airport|Hub';
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]*)*|\(\p{Lu}[^)]{0,30}\))`;
const PLACE_WORD_RE = new RegExp(String.raw`\b(?:${PLACE_WORDS})\b`);
const CANDIDATE_RE = new RegExp(String.raw`${NAME_WORD}(?:\s+(?:of\s+|and\s+)?${NAME_WORD}){0,7}?\s+(?:${PLACE_WORDS})\b`, 'gu');

/** Words that describe a kind of place rather than name one. */
const GENERIC = new Set(
  'The This That These In On At From To For And Of A An As By With After Since China Chinese International Economic Development Comprehensive Bonded Free Trade Pilot Industrial Logistics Land Border Cooperation Cross-border Processing Technological Technology Export New High-tech Special Key National Autonomous Opening-up Railway Highway Road Air Open Dry Inland Modern'
    .split(' '),
);
/** "Party Committee of Ili …": the place is what the body is of. */
const ORGANISATION_RE = /^.*\b(?:Committee|Commission|Bureau|Department|Office|Government|Administration|Group|Team|Station|Headquarters)\s+of\s+(?:the\s+)?/u;
/** Names ending in a possessive, up to the known name after them. */
const POSSESSIVE_RE = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+$/u;
const LEADING_RE = /^(?:(?:The|This|That|In|On|At|From|To|For|And|By|With|After|Since|As|Among|Both|Its|Their)\s+)+/;

/**
 * The place-like names in `text` that no gazetteer mention covers.
 *
 * @param text a sentence
 * @param known the gazetteer mentions found in it
 */
export function unknownPlaceNames(text: string, known: readonly PlaceMention[]): string[] {
  return unknownPlacePhrases(text, known).map((p) => p.name);
}

/** A place-like name the gazetteer does not know, with its span in the text. */
export interface UnknownPlace {
  name: string;
  start: number;
  end: number;
}

/** Like {@link unknownPlaceNames}, with each name's span. */
export function unknownPlacePhrases(text: string, known: readonly PlaceMention[]): UnknownPlace[] {
  const found: UnknownPlace[] = [];
  // Every candidate ends in a place word; most sentences have none, and the full pattern is costly.
  if (!PLACE_WORD_RE.test(text)) return found;
  for (const m of text.matchAll(CANDIDATE_RE)) {
    const name = m[0].replace(ORGANISATION_RE, '').replace(LEADING_RE, '').replace(/\s+/g, ' ');
    const start = m.index + m[0].length - name.length;
    const end = m.index + m[0].length;
    const words = name.split(' ');
    if (words.slice(0, -1).every((w) => GENERIC.has(w) || /^\(/.test(w))) continue;
    // A gazetteer name that covers the whole candidate: known.
    if (known.some((k) => k.start <= start && k.end >= end)) continue;
    // "Xinjiang's Alataw Pass": a known name after a possessive is that name.
    if (known.some((k) => k.end >= end && k.start > start && POSSESSIVE_RE.test(text.slice(start, k.start)))) continue;
    found.push({ name, start, end });
  }
  return found;
}
