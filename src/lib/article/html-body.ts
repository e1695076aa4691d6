/**
 * Article text that is really a web page. Markup in a body would become
 * evidence, its entities would split figures, and a saved page would
 * "corroborate" the plain copy of itself. So an HTML body is refused with a
 * way out, and `add-article --from-html` turns a page into plain text with
 * `html-to-text`, a well-kept converter, rather than hand-made tag stripping.
 */
import { convert } from 'html-to-text';

/** A document's own tags: one is enough. */
const DOCUMENT_RE = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;
/** Common text-level tags; a few may be quoted in an article, many make a page. */
const TAG_G = /<\/?(?:p|div|span|br|a|img|li|ul|ol|h[1-6]|table|tr|td|strong|em|b|i|figure|figcaption|section|article|header|footer|nav)\b[^<>]{0,300}>/gi;
/** Named and numeric character references: `&nbsp;`, `&#8217;`. */
const ENTITY_G = /&(?:nbsp|amp|lt|gt|quot|apos|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip|#\d{2,6}|#x[0-9a-f]{2,5});/gi;
/** How many tags or entities make a body a page rather than text that quotes one. */
const MANY = 3;

/** What marks the body as HTML, in a few words, or null when it reads as plain text. */
export function htmlSignal(body: string): string | null {
  const document = DOCUMENT_RE.exec(body);
  if (document) return `it has an HTML <${document[0].replace(/^</, '').replace(/[\s>]+$/, '').toLowerCase()}> tag`;
  const tags = body.match(TAG_G)?.length ?? 0;
  if (tags >= MANY) return `it has ${tags} HTML tags`;
  const entities = body.match(ENTITY_G)?.length ?? 0;
  if (entities >= MANY) return `it has ${entities} HTML entities such as &nbsp;`;
  return null;
}

/** A web page's text: paragraphs kept apart by blank lines, links and images dropped, entities decoded. */
export function htmlToText(html: string): string {
  return `${convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  }).trim()}\n`;
}
