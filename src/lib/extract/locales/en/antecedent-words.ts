/** English subjects that point back to an earlier figure, and the word that pairs several changes with several figures. */

/** "This figure", "The number", "These two figures", "It", "Both". */
export const ANAPHORIC_SUBJECT = String.raw`(?:this|the|that)\s+(?:figure|number|total|volume|amount|value)(?!\s+(?:value\s+|volume\s+)?of\b)|these\s+(?:two\s+|three\s+|four\s+)?(?:figures|numbers|totals)|both(?:\s+figures)?|it|they`;

/** "… rose 31pct and 9pct respectively". */
export const RESPECTIVELY = 'respectively';

/** "That figure passed 450": a subject naming the figure before, and the verb that gives its new level. */
export const LEVEL_OF_FIGURE_BEFORE = String.raw`(?:this|that|the)\s+(?:figure|number|total)(?!\s+of\b)\s+(?:has\s+|had\s+)?(?:exceeded|reached|stood\s+at|hit|topped|totall?ed|surpassed|rose\s+to|grew\s+to|increased\s+to|climbed\s+to|jumped\s+to|fell\s+to|dropped\s+to|was|were)\s+(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?`;

/** "Of these, 318 were …": a part of the set the sentence before counted, opening its sentence. */
export const PART_OF_FIGURE_BEFORE = String.raw`(?:of|among)\s+(?:these|them|those|which|this\s+total|the\s+total)\s*,?\s+(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?`;

/** What a part of a set does next: "318 were foreign-invested", "25 have signed". */
export const PART_VERB = String.raw`\s+(?:were|are|was|is|have|had|has|came|come|belong|involved?|went|focus|operate)\b`;
