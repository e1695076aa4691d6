import { parseYaml } from '../yaml/parse-yaml.ts';
import { ArticleFrontMatter, type Article } from '../../schema.ts';
import { ArticleError } from './article-error.ts';
import { fixFor } from './front-matter-fixes.ts';
import { htmlSignal } from './html-body.ts';

/** Matches the opening `---` line, the YAML and the closing `---` line. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** How to turn a web page into an article. */
export const HTML_FIX = 'save the article as plain text, or add it from the saved page: npm run add-article -- page.html --from-html --title "…" --publisher "…" --published YYYY-MM-DD';

/** The slug of an article path: its file name without `.md`. */
export function slugOf(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
}

/**
 * Splits an article file into validated front matter and its verbatim body.
 * Throws an {@link ArticleError} naming the file, the field and the fix.
 *
 * @param path the file's path relative to the project root, used in messages
 * @param text the whole file as text
 */
export function parseArticle(path: string, text: string): Article {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    throw new ArticleError(path, 'front matter', 'the file does not start with a `---` block', 'start the file with `---`, the YAML fields, and a closing `---` line');
  }
  const data = frontMatterOf(path, match[1]!);
  const body = text.slice(match[0].length);
  if (body.trim() === '') {
    throw new ArticleError(path, 'body', 'the article has no text after the front matter', 'paste the article text below the closing `---` line');
  }
  const html = htmlSignal(body);
  if (html) throw new ArticleError(path, 'body', `is HTML, not plain text (${html})`, HTML_FIX);
  return { id: slugOf(path), path, data: validateFrontMatter(path, data), body };
}

function frontMatterOf(path: string, yaml: string): unknown {
  const parsed = parseYaml(yaml);
  if ('problem' in parsed) {
    // The front matter starts on the file's second line, after `---`.
    throw new ArticleError(path, 'front matter', `YAML error on line ${parsed.problem.line + 1}: ${parsed.problem.message}`, 'write each field as `name: value` on its own line, and quote values that contain a colon');
  }
  const data: unknown = parsed.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ArticleError(path, 'front matter', 'the front matter is not a list of `name: value` fields', 'write each field as `name: value` on its own line');
  }
  return data;
}

/** Validates front matter with the shared schema and turns the first problem into an {@link ArticleError}. */
export function validateFrontMatter(path: string, data: unknown): ArticleFrontMatter {
  refuseControlCharacters(path, data);
  const result = ArticleFrontMatter.safeParse(data);
  if (result.success) return checkPublished(path, result.data);
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const field = issue.keys[0]!;
    throw new ArticleError(path, field, 'is not a known front-matter field', fixFor(field));
  }
  const field = String(issue.path[0] ?? 'front matter');
  const value = (data as Record<string, unknown>)[field];
  const problem = value === undefined ? 'is missing' : `${JSON.stringify(value)} ${inWords(issue, value)}`;
  throw new ArticleError(path, field, problem, fixFor(field));
}

/** A schema problem in plain words, not the validator's (`Too small: expected string to have >=1 characters`). */
function inWords(issue: { code: string; message: string; expected?: unknown; minimum?: unknown; maximum?: unknown; origin?: unknown; values?: unknown }, value: unknown): string {
  const kind = Array.isArray(value) ? 'a list' : value === null ? 'empty' : typeof value === 'string' ? 'text' : typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true or false' : 'a group of fields';
  if (issue.code === 'too_small' && issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `is shorter than ${String(issue.minimum)} characters`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `is longer than ${String(issue.maximum)} characters`;
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'string' ? 'text' : String(issue.expected)}, not ${kind}`;
  if (issue.code === 'invalid_value' && Array.isArray(issue.values)) return `must be one of ${issue.values.join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

/** C0 and C1 control characters, ANSI escapes among them: invisible in an editor, and able to rewrite an editor's terminal when printed. */
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Refuses a front-matter value holding a control character, naming the field and where it is. */
function refuseControlCharacters(path: string, data: unknown): void {
  for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string') continue;
      const at = text.search(CONTROL_RE);
      if (at < 0) continue;
      const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
      throw new ArticleError(path, field, `contains an invisible control character (U+${code}, character ${at + 1})`, 'retype the value: text copied from a terminal, a PDF or a chat can carry hidden codes');
    }
  }
}

/** The earliest publication year accepted: the sources are modern news. */
const FIRST_YEAR = 1990;

/** Refuses a publication date in the future or before {@link FIRST_YEAR}: a typo, never a real date. */
function checkPublished(path: string, data: ArticleFrontMatter, today: Date = new Date()): ArticleFrontMatter {
  const year = Number(data.published.slice(0, 4));
  const tomorrow = new Date(today.getTime() + 86_400_000).toISOString().slice(0, data.published.length);
  if (year < FIRST_YEAR || data.published > tomorrow) {
    throw new ArticleError(path, 'published', `${data.published} is ${year < FIRST_YEAR ? `before ${FIRST_YEAR}` : 'in the future'}`, fixFor('published'));
  }
  return data;
}
