/**
 * Page furniture: the parts of a scraped article that are not its text.
 * Navigation, bylines, datelines, photo captions, copyright notices, tags,
 * PREV/NEXT links and the teasers after "- END -". Rules are about the shape
 * of such lines, never about particular articles.
 */

/** A span of the body, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A line after which nothing belongs to the article: an end mark, tags, the next story, or a list's heading standing alone. */
const TAIL_START = /^\s*(?:-+\s*END\s*-+|Tags\s*:|(?:prev|next)\s*[:：»>]|Previous article|Next article)|^\s*(?:We Recommend|Related (?:news|stories|articles)|Read more|More news)\s*[:：»>]?\s*$/i;
/** A PREV/NEXT link as pages print it, in capitals; "Next step, the zone will …" is a translated sentence. */
const LINK_TAIL = /^\s*(?:PREV|NEXT)\b/;
/** A link to another story set inside the article ("Read more: …"): skipped, and the article goes on after it. */
const INLINE_LINK = /^\s*(?:Read more|Related(?: news| stories| articles)?|Also read|See also|More news)\s*[:：»>]\s*\S/i;

/** Whole lines that are furniture. */
const FURNITURE_LINE = [
  /[›»]/, // breadcrumb navigation
  /^\s*(?:Author|Source|Editor|Time|Date|Published|Updated)\s*[:：]/i,
  /^\s*【[^】]*】\s*$/, // [Edit: …]
  /^\s*\((?:[^()]*\b(?:Reporter|Editor|Correspondent|Photo|Source)\b[^()]*)\)\s*$/i,
  /^\s*(?:Photo|Photos|Video|Graphic|Image) by\b/i,
  /^\s*(?:Photo taken|This photo|An aerial photo|A photo|Aerial photo)\b/i,
  /\([^()]*\/\s*[^()]*\)\s*$/, // caption credit such as "(Xinhua/ Name)"
  /©|\bcopyright\b|all rights reserved|written permission|\breprint/i,
  /^\s*(?:Breaking news|The article is in Chinese|Share|Print|Editor'?s? pick)\s*$/i,
  /^\s*\d{4}-\d{2}-\d{2}\s*(?:\d{2}:\d{2}(?::\d{2})?)?\s*source\s*:/i,
];

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A dateline such as "Agency, City, Region, March 3 (Reporter Name)" or "CITY, July 20 (Agency) --". */
const DATELINE = new RegExp(`^\\s*(?:[A-Z][\\w .'-]{1,40},\\s*){1,4}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:\\([^)]{1,60}\\))?\\s*(?:--|—|–|-)?\\s*`);

/** A line that does not end a sentence is a headline, section head or label. */
function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length < 160 && !/[.!?。！？"”’)]$/.test(t);
}

interface Line extends Span {
  text: string;
}

function linesOf(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of body.split('\n')) {
    lines.push({ text, start, end: start + text.length });
    start += text.length + 1;
  }
  return lines;
}

/**
 * The spans of the body that hold article text, in order, with furniture
 * cut out. Each span is one paragraph (one line of the body).
 */
export function contentSpans(body: string): Span[] {
  const spans: Span[] = [];
  let first = true;
  for (const line of linesOf(body)) {
    if (line.text.trim() === '') continue;
    if (TAIL_START.test(line.text) || LINK_TAIL.test(line.text)) break;
    if (INLINE_LINK.test(line.text) || FURNITURE_LINE.some((re) => re.test(line.text)) || isHeading(line.text)) continue;
    let start = line.start;
    if (first) {
      const dateline = DATELINE.exec(line.text);
      if (dateline) start += dateline[0].length;
      first = false;
    }
    spans.push({ start, end: line.end });
  }
  return spans;
}
