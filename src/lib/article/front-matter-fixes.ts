/** One-line advice for each front-matter field, used in error messages. */
export const FIELD_FIXES: Record<string, string> = {
  title: 'add `title: <the headline>` (use the published headline if the text has none)',
  publisher: 'add `publisher: <who published it>`, e.g. `publisher: Global Times`',
  published: 'write `published: YYYY-MM-DD`, or `published: YYYY-MM` when only the month is known',
  url: 'write the full address, starting with http:// or https://, or remove the field',
  byline: 'write the credited names as one line of text, or remove the field',
  translation: 'write `translation: machine`, `human` or `none`, or remove the field',
  via: 'name the site that republished the copy, or remove the field',
  notes: 'write the note as one line of text, or remove the field',
};

/** The advice for a field, or a generic one for an unknown field. */
export function fixFor(field: string): string {
  return FIELD_FIXES[field] ?? `remove it or rename it to one of: ${Object.keys(FIELD_FIXES).join(', ')}`;
}
