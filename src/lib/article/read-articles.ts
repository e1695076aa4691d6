import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article } from '../../schema.ts';
import { decodeArticle } from './article-bytes.ts';
import { ArticleError } from './article-error.ts';
import { parseArticle } from './parse-article.ts';

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
    if (!name.endsWith('.md') || !statSync(join(abs, name)).isFile()) {
      throw new ArticleError(path, 'file name', 'is not a .md article file', `rename it to <slug>.md if it is an article with front matter, or move it out of ${dir}/`);
    }
  }
  return names.map((name) => relative(root, join(abs, name)));
}

/** Reads and validates every `.md` article in a folder, sorted by file name. */
export function readArticles(root: string, dir = 'content/articles'): Article[] {
  return articleFiles(root, dir).map((path) => parseArticle(path, decodeArticle(path, readFileSync(join(root, path)))));
}
