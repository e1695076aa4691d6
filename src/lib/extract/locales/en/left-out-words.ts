/**
 * Words for `left-out.ts`, which says why a number in an article is not a
 * figure. Add a word as one entry; no code changes.
 */

/** Nouns that a number after them names rather than counts: `Phase 2`, `Gate 3`, `No. 5`. */
export const LABEL_NOUNS = [
  'no', 'no.', 'number', 'phase', 'line', 'gate', 'berth', 'platform', 'terminal', 'highway', 'expressway', 'route',
  'exit', 'block', 'building', 'hall', 'room', 'article', 'clause', 'item', 'lot', 'section', 'stage', 'track', 'flight', 'version',
];

/** Letters glued after a number that make it a quantity, not a code: `2km`, `$5bn`, `10MW`. */
export const GLUED_UNITS = ['bn', 'mn', 'm', 'k', 'km', 'kg', 'kw', 'kwh', 'mw', 'gw', 'sq', 't', 'h', 'pct'];
