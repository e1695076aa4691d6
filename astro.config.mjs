// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  // Sources, facts and data files are plain files; keep URLs stable and readable.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
});
