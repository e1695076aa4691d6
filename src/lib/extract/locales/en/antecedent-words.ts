/** English subjects that point back to an earlier figure, and the word that pairs several changes with several figures. */

/** "This figure", "The number", "These two figures", "It", "Both". */
export const ANAPHORIC_SUBJECT = String.raw`(?:this|the|that)\s+(?:figure|number|total|volume|amount|value)(?!\s+(?:value\s+|volume\s+)?of\b)|these\s+(?:two\s+|three\s+|four\s+)?(?:figures|numbers|totals)|both(?:\s+figures)?|it|they`;

/** "… rose 31pct and 9pct respectively". */
export const RESPECTIVELY = 'respectively';
