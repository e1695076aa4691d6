/** Why a number in an article is not a figure. Its own module, so the copy schema and the extractor (`extract/left-out.ts`) share one list. */
export const LEFT_OUT_REASONS = ['date', 'identifier', 'ordinal', 'reference', 'name', 'no-measure'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];
