/** English words that report a change: verbs, nouns, comparatives and multipliers. Lower case. */

/** Verbs of a rise, as printed before the size of the change (`rose 12%`, `boosted by 3 percent`). */
export const UP_VERBS = ['increase', 'increases', 'rise', 'rises', 'grow', 'grows', 'jump', 'jumps', 'surge', 'surges', 'soar', 'soars', 'climb', 'climbs', 'increased', 'increasing', 'rose', 'risen', 'rising', 'grew', 'grown', 'growing', 'jumped', 'surged', 'soared', 'climbed', 'expanded', 'raised', 'boosted', 'gained'];

/** Verbs of a fall. */
export const DOWN_VERBS = ['fall', 'falls', 'drop', 'drops', 'decline', 'declines', 'plunged', 'slumped', 'tumbled', 'fell', 'fallen', 'falling', 'decreased', 'decreasing', 'declined', 'dropped', 'cut', 'reduced', 'shortened', 'shrank', 'shrunk', 'slashed', 'lowered', 'slid', 'slipped'];

/**
 * `up` and `down` as a change only where a change can stand: after a comma
 * or a form of "be" ("…, up 12 percent", "exports were down 3%"), never in
 * a phrasal verb ("making up 40 percent of the total").
 */
export const UP_DOWN_BEFORE = String.raw`(?:^|[,;(]\s*|\b(?:was|were|is|are|been|being|be|and|or|while|with)\s+)`;

/** Nouns of a rise (`an increase of`, `an 18% increase`). */
export const UP_NOUNS = ['increase', 'rise', 'growth', 'jump', 'surge', 'gain', 'hike'];

/** Nouns of a fall. */
export const DOWN_NOUNS = ['decrease', 'decline', 'drop', 'fall', 'reduction', 'cut'];

/** Comparatives after a size (`52.8pct higher`, `30% more`). */
export const UP_COMPARATIVES = ['higher', 'more', 'larger', 'greater', 'bigger', 'up'];
/** Comparatives of a fall (`8% lower`). */
export const DOWN_COMPARATIVES = ['lower', 'less', 'fewer', 'smaller', 'down'];

/** Adjectives that say what a change is measured against (`a 41.2 percent annual surge`). */
export const BASIS_ADJECTIVES = ['year-on-year', 'year on year', 'annual', 'month-on-month', 'month on month', 'yearly', 'quarterly'];

/** Words for a multiple, as a verb or before what it multiplies (`tripled`, `double that of 2021`). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, double: 2, triple: 3, treble: 3, quadruple: 4, twice: 2,
};
