/**
 * An Astro content loader for `content/articles/*.md` that parses each file
 * exactly as `npm run extract` does, so the site and the data agree on every
 * article's front matter and body.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readArticles } from './read-articles.ts';

export function articleLoader(dir = 'content/articles'): Loader {
  return {
    name: 'article-loader',
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const root = resolve(new URL(config.root).pathname);
      const sync = async () => {
        store.clear();
        for (const article of readArticles(root, dir)) {
          const data = await parseData({ id: article.id, data: article.data, filePath: article.path });
          store.set({ id: article.id, data, body: article.body, filePath: article.path, digest: generateDigest(readFileSync(join(root, article.path), 'utf8')) });
        }
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        if (relative(join(root, dir), path).startsWith('..') || !path.endsWith('.md')) return;
        void sync();
      });
    },
  };
}
