// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  // Sources, facts and data files are plain files; keep URLs stable and readable.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // The story is MDX so its copy can hold <Fact id="…"/> and <Step chart="…"> references.
  integrations: [mdx()],
});
