/**
 * The checks an article file passes before it is read as text: not too
 * large, not binary, valid UTF-8. Each failure is an {@link ArticleError}
 * naming the file and the fix, so a PDF or a Word file dropped into
 * `content/articles/` stops the build with one clear line.
 */
import { ArticleError } from './article-error.ts';

/** The largest article file accepted. News articles are tens of KB; anything near this is not one article's text. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Line (1-based) of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8: a binary search for the longest prefix that decodes. */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    try {
      // `stream` lets a prefix end inside a character without counting that as an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  // The longest prefix may end inside a character whose next byte is the bad one: blame the character's first byte.
  let lead = good;
  while (lead > 0 && (bytes[lead - 1]! & 0xc0) === 0x80) lead--;
  lead -= 1;
  const first = bytes[lead] ?? 0;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead >= 0 && good - lead < length ? lead : good;
}

/** Throws when a file of `size` bytes is too large to be one article; run before the file is read. */
export function assertArticleSize(path: string, size: number): void {
  if (size > MAX_ARTICLE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new ArticleError(path, 'file', `is ${mb} MB, more than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB an article may be`, 'save only the article text, without images or attachments, or split it into one file per article');
  }
}

/** Whether bytes are UTF-16 text: a byte-order mark, or a NUL beside every other byte of the start. */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 200);
  if (head.length < 8) return false;
  const zeros = (parity: number) => head.filter((b, i) => i % 2 === parity && b === 0).length;
  return Math.max(zeros(0), zeros(1)) >= head.length / 2 - 2 && Math.min(zeros(0), zeros(1)) === 0;
}

/** Decodes an article file's bytes as text, or throws naming what is wrong with it. */
export function decodeArticle(path: string, bytes: Uint8Array): string {
  assertArticleSize(path, bytes.length);
  if (isUtf16(bytes)) {
    throw new ArticleError(path, 'file', 'is UTF-16 text, not UTF-8', 'open the file in an editor and save it with the encoding "UTF-8"');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ArticleError(path, 'file', `is binary, not text (a NUL byte on line ${lineAt(bytes, nul)})`, 'copy the article text out of the PDF or Word file and save it as plain UTF-8 text in a .md file');
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    throw new ArticleError(path, 'file', `is not UTF-8 (byte 0x${byte} on line ${lineAt(bytes, offset)})`, 'open the file in an editor and save it with the encoding "UTF-8"');
  }
}
