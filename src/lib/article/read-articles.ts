import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article } from '../../schema.ts';
import { parseArticle } from './parse-article.ts';

/** Reads and validates every `.md` article in a folder, sorted by file name. */
export function readArticles(root: string, dir = 'content/articles'): Article[] {
  const abs = join(root, dir);
  return readdirSync(abs)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parseArticle(relative(root, join(abs, name)), readFileSync(join(abs, name), 'utf8')));
}
