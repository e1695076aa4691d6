/**
 * `npm run add-article -- <text file> --title … --publisher … --published YYYY-MM[-DD] [--url …] [--byline …] [--from-html]`
 *
 * Saves an article's text as `content/articles/<slug>.md` with validated
 * front matter and the text verbatim. Never overwrites a file, and refuses
 * a text that is already published. Then run `npm run build`, which prints
 * the facts diff to review.
 */
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeArticle } from '../src/lib/article/article-bytes.ts';
import { ArticleError } from '../src/lib/article/article-error.ts';
import { htmlSignal, htmlToText } from '../src/lib/article/html-body.ts';
import { articleText, assertNewBody, slugFor } from '../src/lib/article/new-article.ts';
import { HTML_FIX, parseArticle, validateFrontMatter } from '../src/lib/article/parse-article.ts';
import { readArticles } from '../src/lib/article/read-articles.ts';

const ARTICLES = 'content/articles';
const FIELDS = ['title', 'publisher', 'published', 'url', 'byline', 'translation', 'via', 'notes'] as const;

/** The file an article was saved to. */
export interface Added {
  path: string;
  slug: string;
}

/** Creates `path` with `data` unless it exists: written to a temp file, then hard-linked into place, which fails on an existing file. */
function createExclusive(path: string, data: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  try {
    linkSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Where the editor ran `npm run` and what npm took for its own options, when they are not the script's. */
export interface Invocation {
  /** The directory a relative text path is read from: npm's `INIT_CWD`, else the project root. */
  cwd?: string;
  /** The environment, for npm's `npm_config_<field>`: what `--title` becomes when the `--` before it was left out. */
  env?: Readonly<Record<string, string | undefined>>;
}

const USAGE = 'npm run add-article -- path/to/article.txt --title "…" --publisher "…" --published YYYY-MM-DD';

/** Adds the article; throws an {@link ArticleError} naming the file, the field and the fix. */
export function addArticle(root: string, args: readonly string[], invocation: Invocation = {}): Added {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { ...Object.fromEntries(FIELDS.map((f) => [f, { type: 'string' }])), slug: { type: 'string' }, 'from-html': { type: 'boolean' } } as Record<(typeof FIELDS)[number] | 'slug', { type: 'string' }> & { 'from-html': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const env = invocation.env ?? {};
  const swallowed = FIELDS.filter((f) => values[f] === undefined && env[`npm_config_${f}`] !== undefined);
  if (swallowed.length) throw new ArticleError('add-article', swallowed[0]!, `reached npm, not add-article (the \`--\` after \`npm run add-article\` is missing)`, `put -- before the file: ${USAGE}`);
  const [given] = positionals;
  if (!given || positionals.length > 1) throw new ArticleError('add-article', 'text file', 'give exactly one text file', USAGE);
  // npm runs scripts from the project root; a relative path means where the editor typed it.
  const source = resolve(invocation.cwd ?? root, given);
  if (!existsSync(source)) throw new ArticleError(given, 'text file', `does not exist (looked for ${source})`, 'check the path of the text file, relative to the folder you ran npm in');
  const printed = decodeArticle(given, readFileSync(source));
  const html = htmlSignal(printed);
  if (html && !values['from-html']) throw new ArticleError(given, 'body', `is HTML, not plain text (${html})`, `pass --from-html to convert the page to text, or ${HTML_FIX.split(', or ')[0]}`);
  const body = values['from-html'] ? htmlToText(printed) : printed;
  const raw = Object.fromEntries(FIELDS.flatMap((f) => (values[f] === undefined ? [] : [[f, values[f]]])));
  for (const field of ['title', 'publisher', 'published'] as const) {
    if (!raw[field]) throw new ArticleError('add-article', field, 'is missing', `pass --${field} "…"${field === 'published' ? ' as YYYY-MM-DD or YYYY-MM' : ''}`);
  }
  const slug = values.slug ?? slugFor(String(raw.title ?? ''));
  const path = `${ARTICLES}/${slug}.md`;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new ArticleError(path, 'slug', `"${slug}" is not a slug (the title gives no Latin letters or digits)`, 'pass --slug with lower-case words joined by hyphens, e.g. --slug horgos-port-trains');
  const data = validateFrontMatter(path, raw);
  if (existsSync(join(root, path))) throw new ArticleError(path, 'file', 'already exists', `pick another headline or pass --slug; to change the existing article, edit ${path}`);
  assertNewBody(path, body, readArticles(root, ARTICLES));
  const text = articleText(data, body);
  // The file must read back exactly as the build will read it.
  parseArticle(path, text);
  createExclusive(join(root, path), text);
  return { path, slug };
}

if (import.meta.main) {
  try {
    const { path } = addArticle(process.cwd(), process.argv.slice(2), { cwd: process.env.INIT_CWD, env: process.env });
    console.log(`Added ${path}. Next: npm run build, then review the facts diff it prints.`);
  } catch (error) {
    console.error(`add-article failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
