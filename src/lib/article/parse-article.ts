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
  const result = ArticleFrontMatter.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const field = issue.keys[0]!;
    throw new ArticleError(path, field, 'is not a known front-matter field', fixFor(field));
  }
  const field = String(issue.path[0] ?? 'front matter');
  const value = (data as Record<string, unknown>)[field];
  const problem = value === undefined ? 'is missing' : `${JSON.stringify(value)} ${issue.message.replace(/^Invalid input: /, '')}`;
  throw new ArticleError(path, field, problem, fixFor(field));
}
