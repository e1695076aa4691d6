/**
 * The code a newsroom pastes to embed one chart: an iframe that fills the
 * column, and `/embed.js`, which resizes it to the chart.
 */
import escapeHtml from 'escape-html';
import { sitePath } from '../site/site-path.ts';
import { absoluteUrl, chartUrls } from './chart-urls.ts';

/** What the snippet needs to know about the chart and the site. */
export interface SnippetOptions {
  id: string;
  /** The chart title: the iframe's accessible name. */
  title: string;
  /** Height in px the iframe has until `/embed.js` resizes it, or where the script cannot run. */
  height: number;
  /** The published site, from Astro's `site`. */
  site: URL | string;
  /** Astro's base path; defaults to the build's. */
  base?: string;
}

/** The iframe alone, as oEmbed's `html` carries it. */
export function embedIframe({ id, title, height, site, base }: SnippetOptions): string {
  const src = absoluteUrl(chartUrls(id, base).embed, site);
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="border:0;width:100%;display:block"></iframe>`;
}

/** The full embed code: the iframe, then the resize script (safe to include once per page or more). */
export function embedSnippet(options: SnippetOptions): string {
  const script = absoluteUrl(sitePath('embed.js', options.base), options.site);
  return `${embedIframe(options)}\n<script src="${escapeHtml(script)}" async></script>`;
}
