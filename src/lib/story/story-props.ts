import type { StoryContext } from './story-plan.ts';

/**
 * The story context an element was given, or an error that says how to give
 * it: an MDX file rendered without `<Content story={…}/>`, or without the
 * remark plugin, has none.
 */
export function storyContextOf(story: StoryContext | undefined, where: string): StoryContext {
  if (!story) throw new Error(`${where}: no story context. Fix: render story MDX through src/pages/index.astro (<Content story={…}/>) with the storyElements plugin in astro.config.mjs`);
  return story;
}
