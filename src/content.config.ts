import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/article/article-loader.ts';
import { ArticleFrontMatter } from './schema.ts';

export const collections = {
  /** The source articles, validated by the same schema the extraction uses. */
  articles: defineCollection({ loader: articleLoader(), schema: ArticleFrontMatter }),
};
