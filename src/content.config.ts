import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './lib/article/article-loader.ts';
import { ArticleFrontMatter, StoryFrontMatter } from './schema.ts';

export const collections = {
  /** The source articles, validated by the same schema the extraction uses. */
  articles: defineCollection({ loader: articleLoader(), schema: ArticleFrontMatter }),
  /** The story's copy: MDX whose figures are references to facts. */
  story: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/story' }), schema: StoryFrontMatter }),
};
