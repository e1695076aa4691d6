import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SiteCopy } from '../../schema.ts';

const PATH = 'content/site.yaml';

/** Loads the site copy, naming the file and field on error. */
export function loadSiteCopy(): SiteCopy {
  const result = SiteCopy.safeParse(parse(readFileSync(PATH, 'utf8')));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${PATH}: ${issue.path.join('.') || 'file'}: ${issue.message}. Fix: see the comment at the top of the file`);
}
