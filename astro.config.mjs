// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { liveExtract } from './src/integrations/live-extract.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { storyElements } from './src/lib/story/story-elements.ts';

const PREVIEW_SITE = 'http://localhost:4321';
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(`SITE_URL is not set: embed codes, oEmbed responses, canonical links and the credit on PNG/SVG exports will point to ${PREVIEW_SITE}. Fix: SITE_URL=https://your.site npm run build`);
}

export default defineConfig({
  output: 'static',
  // `npm run build` (scripts/build.ts) builds into a staging folder and swaps it in only when the build succeeds.
  outDir: process.env.XJ_OUT_DIR || 'dist',
  // Embed codes, oEmbed responses, canonical links and data exports need absolute URLs.
  // Set SITE_URL to where the site is published; the default suits `npm run preview`.
  site: process.env.SITE_URL || PREVIEW_SITE,
  // Sources, facts and data files are plain files; keep URLs stable and readable.
  trailingSlash: 'ignore',
  // The story is MDX so its copy can hold <Fact id="…"/> and <Step chart="…"> references;
  // storyElements numbers them and passes them the page's story context (src/lib/story/story-elements.ts).
  markdown: { processor: satteri({ mdastPlugins: [storyElements] }) },
  // live-extract: under `npm run dev`, editing an article or the gazetteer re-extracts and reloads the page.
  integrations: [mdx(), liveExtract()],
  // Scripts and styles ship as files, never inline, so the Content-Security-Policy (src/lib/security/) needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks content-collection MDX with a "use astro:head-inject" directive that Rolldown does not know and
        // warns about on every build (withastro/astro#18087); the directive is Astro's own and harmless. Other warnings pass.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
