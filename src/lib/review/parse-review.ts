/**
 * Reading `content/review.yaml`, where editors reject, correct or annotate
 * facts by id. Errors name the file, the entry and the field.
 */
import { parseYaml } from '../yaml/parse-yaml.ts';
import { ReviewFile, type ReviewEntry } from '../../schema.ts';

/** Where the review file lives, relative to the project root. */
export const REVIEW_PATH = 'content/review.yaml';

/**
 * Parses the review file. An empty file (or one with only comments) has no
 * reviews.
 */
export function parseReview(path: string, text: string): ReviewEntry[] {
  const parsed = parseYaml(text);
  if ('problem' in parsed) {
    throw new Error(`${path}:${parsed.problem.line}: not valid YAML: ${parsed.problem.message}. Fix: each entry is "- fact: <id>" with "action:" and "note:" or "set:" indented under it`);
  }
  const raw: unknown = parsed.value ?? [];
  const result = ReviewFile.safeParse(raw);
  if (result.success) return noTwice(path, result.data);
  const issue = result.error.issues[0]!;
  const [index, ...field] = issue.path;
  const fact = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { fact?: unknown })?.fact : undefined;
  const where = typeof index === 'number' ? `entry ${index + 1}${typeof fact === 'string' ? ` (fact ${fact})` : ''}` : 'file';
  throw new Error(`${path}: ${where}: ${field.join('.') || 'entry'}: ${issue.message}. Fix: see the comment at the top of ${path}`);
}

/**
 * The entries, once no fact has two of the same action: a fact may be
 * accepted (or corrected) and noted, but with two notes or two corrections
 * the last would win without a word.
 */
function noTwice(path: string, entries: ReviewEntry[]): ReviewEntry[] {
  const first = new Map<string, number>();
  entries.forEach((entry, i) => {
    const key = `${entry.fact}\0${entry.action}`;
    const earlier = first.get(key);
    if (earlier !== undefined) throw new Error(`${path}: entries ${earlier + 1} and ${i + 1} both ${entry.action} fact ${entry.fact}. Fix: merge them into one entry (one ${entry.action} per fact)`);
    first.set(key, i);
  });
  // A fact rejected and also accepted or corrected: which did the editor mean?
  for (const entry of entries.filter((e) => e.action === 'reject')) {
    const other = entries.find((e) => e.fact === entry.fact && (e.action === 'accept' || e.action === 'correct'));
    if (other) throw new Error(`${path}: fact ${entry.fact} is both rejected and ${other.action === 'accept' ? 'accepted' : 'corrected'}. Fix: keep the one you mean`);
  }
  return entries;
}
