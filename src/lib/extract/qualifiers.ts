/** The qualifier a figure is printed with: `more than`, `nearly`, `up to`. */
import type { Approx } from '../../schema.ts';
import { QUALIFIERS } from './lexicon.ts';
import { escapeRegExp } from './regex-escape.ts';

const QUALIFIER_RE = new RegExp(`\\b(${QUALIFIERS.map(([w]) => escapeRegExp(w)).join('|')})(?: an average of| a total of)?[ \\u00a0]*$`, 'i');

/** The qualifier printed just before `start`, or `exact`. */
export function qualifierBefore(sentence: string, start: number): Approx {
  const m = QUALIFIER_RE.exec(sentence.slice(Math.max(0, start - 40), start));
  if (!m) return 'exact';
  const word = m[1]!.toLowerCase();
  return QUALIFIERS.find(([w]) => w === word)?.[1] ?? 'exact';
}
