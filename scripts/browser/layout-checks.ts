/**
 * Layout checks on boxes measured in the browser: text that collides and
 * text too small to read. Pure, so they are unit-tested without a browser.
 */

/** A text element's box in CSS pixels. */
export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Smallest chart text, in CSS px, we accept: on a page (a 375 px phone or a
 * desktop), and in an embed as narrow as 320 px, where the host's column
 * leaves less room.
 */
export const MIN_TEXT_PX = { page: 12, embed: 11 } as const;

/** Pairs of boxes that overlap by more than `tolerance` px in both directions. */
export function overlaps(boxes: readonly TextBox[], tolerance = 1): [TextBox, TextBox][] {
  const pairs: [TextBox, TextBox][] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > tolerance && dy > tolerance) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Boxes whose text renders smaller than `min` px (see {@link MIN_TEXT_PX}). */
export function illegible(boxes: readonly TextBox[], fontPx: (box: TextBox) => number, min: number = MIN_TEXT_PX.page): TextBox[] {
  return boxes.filter((box) => box.text.trim() !== '' && fontPx(box) < min);
}
