/**
 * English openers that carry a paragraph on from the one before: what follows
 * is a part or a detail of the last paragraph's figures (`Among them,
 * industrial investment was …`), so it keeps that paragraph's period and
 * places as if no paragraph break stood between them.
 */
export const CONTINUATION_OPENERS: readonly string[] = [
  'among them', 'among which', 'among these', 'of them', 'of these', 'of which', 'of this', 'of the total',
  'in particular', 'specifically', 'including', 'within this', 'within that',
];

/** Words that make the figure after them a part of the one before them in the same sentence: `120 projects, including 30 …`. */
export const PART_WORDS: readonly string[] = ['including', 'of which', 'among which', 'among them', 'of them', 'of these', 'among these'];
