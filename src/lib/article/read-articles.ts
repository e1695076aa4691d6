import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article } from '../../schema.ts';
import { assertArticleSize, decodeArticle } from './article-bytes.ts';
import { ArticleError } from './article-error.ts';
import { normalised, slugFor } from './new-article.ts';
import { parseArticle } from './parse-article.ts';

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The article files in a folder, sorted by name. Hidden files (`.DS_Store`,
 * editor swap files) are skipped; anything else that is not a `.md` file is
 * an error, so a misnamed article is never silently left out.
 */
export function articleFiles(root: string, dir = 'content/articles'): string[] {
  const abs = join(root, dir);
  const names = readdirSync(abs).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    const path = relative(root, join(abs, name));
    // A link is never followed: it could publish a file from anywhere on the machine.
    const stat = lstatSync(join(abs, name));
    if (stat.isSymbolicLink()) {
      throw new ArticleError(path, 'file', 'is a symbolic link; links are not followed, so no file outside the project is ever published', 'copy the article itself into content/articles/');
    }
    if (!name.endsWith('.md') || !stat.isFile()) {
      throw new ArticleError(path, 'file name', 'is not a .md article file', `rename it to <slug>.md if it is an article with front matter, or move it out of ${dir}/`);
    }
    // The name is the source id in the data and the URL of its page.
    if (!SLUG_RE.test(name.slice(0, -3))) {
      throw new ArticleError(path, 'file name', 'is not a slug (lower-case letters, digits and single hyphens)', `rename it to ${slugFor(name.slice(0, -3)) || 'a-slug'}.md`);
    }
  }
  return names.map((name) => relative(root, join(abs, name)));
}

/**
 * Reads and validates every `.md` article in a folder, sorted by file name.
 * A file's size is checked before it is read; the same text saved twice is
 * refused, since it would count as its own corroboration.
 */
export function readArticles(root: string, dir = 'content/articles'): Article[] {
  const articles = articleFiles(root, dir).map((path) => {
    assertArticleSize(path, lstatSync(join(root, path)).size);
    return parseArticle(path, decodeArticle(path, readFileSync(join(root, path))));
  });
  const seen = new Map<string, string>();
  for (const article of articles) {
    const text = normalised(article.body);
    const first = seen.get(text);
    if (first) throw new ArticleError(article.path, 'body', `is the same text as ${first}; one article saved twice would count as its own corroboration`, `remove one of the two files (keep the one with the fuller front matter)`);
    seen.set(text, article.path);
  }
  return articles;
}
