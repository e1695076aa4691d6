/**
 * An article's body as paragraphs, with every extracted figure (and event)
 * marked at its offsets, so the sources page can highlight and anchor them.
 * Lines the extraction treats as page furniture are flagged, not hidden:
 * the page shows the text as received.
 */
import { contentSpans } from '../extract/furniture.ts';
import type { LeftOutReason } from '../extract/left-out.ts';

/**
 * A span of the body the extraction read: a figure or an event (anchored),
 * a number that belongs to a figure beside it (its change, its earlier
 * level), or a number it read and left out, with the reason.
 */
export interface Marked {
  /** The anchor id, e.g. `fact-<fact id>`; absent for the unanchored kinds below. */
  anchor?: string;
  start: number;
  end: number;
  /** The fact this number belongs to without being its figure: `36%` in `up 36% to 5,900 trains`. */
  partOf?: string;
  /** Why this number is not a figure. */
  leftOut?: LeftOutReason;
}

/** Plain text, or a marked span with what it is. */
export type Part = { text: string } & Omit<Marked, 'start' | 'end'>;

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
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end || Number(!a.anchor) - Number(!b.anchor) || (a.anchor ?? '').localeCompare(b.anchor ?? ''));
  const content = contentSpans(body); // in order and disjoint
  const paragraphs: Paragraph[] = [];
  // One pass over lines, marks and content spans together, so a long article with many figures stays linear.
  let next = 0;
  let span = 0;
  let lineStart = 0;
  for (const line of body.split('\n')) {
    const lineEnd = lineStart + line.length;
    const starting: Marked[] = [];
    while (next < sorted.length && sorted[next]!.start <= lineEnd) starting.push(sorted[next++]!);
    while (span < content.length && content[span]!.end <= lineStart) span += 1;
    if (line.trim() !== '') {
      const parts: Part[] = [];
      const extraAnchors: string[] = [];
      let at = lineStart;
      for (const mark of starting) {
        // A mark that crosses a line break, or that began before this line, belongs to no paragraph.
        if (mark.start < lineStart || mark.end > lineEnd) continue;
        if (mark.start < at) { if (mark.anchor) extraAnchors.push(mark.anchor); continue; }
        if (mark.start > at) parts.push({ text: body.slice(at, mark.start) });
        const { start, end, ...what } = mark;
        parts.push({ text: body.slice(start, end), ...what });
        at = mark.end;
      }
      if (at < lineEnd) parts.push({ text: body.slice(at, lineEnd) });
      const first = content[span];
      const furniture = !(first && first.start < lineEnd && first.end > lineStart);
      paragraphs.push({ parts, furniture, extraAnchors });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
