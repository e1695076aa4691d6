/**
 * The extractor reads English. An article in another script would give no
 * figures and no sign why; this says so, for the report.
 */

/** Letters of scripts the extractor cannot read: Chinese characters, kana, Hangul. */
const OTHER_SCRIPT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LETTER_RE = /\p{L}/gu;

/** Why the body's figures were not read, or null when it is mostly in Latin letters. */
export function notReadBecause(body: string): string | null {
  const letters = body.match(LETTER_RE)?.length ?? 0;
  const other = body.match(OTHER_SCRIPT_RE)?.length ?? 0;
  if (letters < 20 || other / letters < 0.3) return null;
  return 'the text is mostly in Chinese (or another script the extractor does not read); only English is read, so its figures were not taken. Fix: add the article in English, with `translation: machine` if it is a machine translation';
}
