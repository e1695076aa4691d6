/**
 * English head nouns that say whose figure it is, for `scope.ts`: a single
 * company's or a single project's, not a place's total. Only the singular
 * counts: "the company produced" is one company, "200 companies" a place's
 * count. Matched against the lower-cased word as wink-nlp tokenises it.
 */

/** One company: `the company`, `Oulike Co., Ltd.`, `the carmaker`. */
export const COMPANY_HEADS: readonly string[] = [
  'company', 'firm', 'corporation', 'corp', 'corp.', 'co.', 'ltd', 'ltd.', 'inc', 'inc.', 'llc', 'group', 'enterprise',
  'manufacturer', 'maker', 'carmaker', 'automaker', 'producer', 'supplier', 'subsidiary', 'operator', 'retailer', 'exporter', 'importer',
];

/** Company heads only in a name (`China Energy Group`), never lower case (`the working group`). */
export const COMPANY_NAME_ONLY: readonly string[] = ['group'];

/** One project: a phase, a plant, a park the gazetteer does not hold as a place. */
export const PROJECT_HEADS: readonly string[] = [
  'project', 'phase', 'plant', 'factory', 'park', 'facility', 'mill', 'mine', 'refinery', 'workshop', 'complex', 'warehouse', 'farm', 'hotel', 'mall',
];

/** Pronouns that stand for the subject named before: `it plans to invest`. */
export const SUBJECT_PRONOUNS: readonly string[] = ['it', 'its', 'they', 'their'];

/** Reporting verbs: their subject is who spoke, not whose figure it is (`the port handled 3,000 trains, the company said`). */
export const REPORTING_VERBS: readonly string[] = ['said', 'says', 'say', 'told', 'noted', 'added', 'stated', 'introduced', 'according'];
