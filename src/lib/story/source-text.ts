/**
 * An article's body as paragraphs, with every extracted figure (and event)
 * marked at its offsets, so the sources page can highlight and anchor them.
 * Lines the extraction treats as page furniture are flagged, not hidden:
 * the page shows the text as received.
 */
import { contentSpans } from '../extract/furniture.ts';

/** A span of the body the extraction read: a figure or an event. */
export interface Marked {
  /** The anchor id, e.g. `fact-<fact id>`. */
  anchor: string;
  start: number;
  end: number;
}

/** Plain text, or a marked span with its anchor. */
export type Part = { text: string; anchor?: undefined } | { text: string; anchor: string };

/** One line of the body. */
export interface Paragraph {
  parts: Part[];
  /** True when the extraction skipped the line as page furniture (bylines, links, captions). */
  furniture: boolean;
  /** Anchors whose span coincides with an earlier mark; rendered as empty anchors so every link resolves. */
  extraAnchors: string[];
}

/** Splits the body into lines and cuts each at its marks. Overlapping marks keep the first; the others become extra anchors. */
export function sourceParagraphs(body: string, marks: readonly Marked[]): Paragraph[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end || a.anchor.localeCompare(b.anchor));
  const content = contentSpans(body);
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (const line of body.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (line.trim() !== '') {
      const inLine = sorted.filter((m) => m.start >= lineStart && m.end <= lineEnd);
      const parts: Part[] = [];
      const extraAnchors: string[] = [];
      let at = lineStart;
      for (const mark of inLine) {
        if (mark.start < at) { extraAnchors.push(mark.anchor); continue; }
        if (mark.start > at) parts.push({ text: body.slice(at, mark.start) });
        parts.push({ text: body.slice(mark.start, mark.end), anchor: mark.anchor });
        at = mark.end;
      }
      if (at < lineEnd) parts.push({ text: body.slice(at, lineEnd) });
      const furniture = !content.some((s) => s.start < lineEnd && s.end > lineStart);
      paragraphs.push({ parts, furniture, extraAnchors });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
