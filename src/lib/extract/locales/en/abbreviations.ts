/**
 * English abbreviations whose full stop does not end a sentence, for the
 * sentence splitter. The platform's splitter (ICU, UAX #29) breaks after
 * every `. ` that precedes a capital; these are joined back.
 */

/** Titles and words that always stand before a name or a number: `Dr. Li`, `No. 3`, `Nov. 4`. */
export const ALWAYS_BEFORE = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Gov', 'Sen', 'Rep', 'Lt', 'Col', 'Capt', 'Sgt', 'St', 'Mt', 'Ft', 'No', 'Nos', 'Vol', 'Art', 'Fig', 'vs', 'approx', 'est',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
] as const;

/** Abbreviations that may end a sentence but usually stand inside a name: `Co., Ltd. Kashgar …` is one name. */
export const INSIDE_NAMES = ['Co', 'Ltd', 'Inc', 'Corp', 'Bros'] as const;
