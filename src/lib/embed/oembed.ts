/**
 * The static oEmbed response of one chart (oembed.com, type `rich`): CMSs
 * that discover it from the embed page's `<link rel="alternate">` paste the
 * iframe for the editor.
 */
import { absoluteUrl, chartUrls } from './chart-urls.ts';
import { embedIframe, type SnippetOptions } from './embed-snippet.ts';

/** An oEmbed 1.0 `rich` response. */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** Builds the response; `thumbnail` is the PNG export's size in px. */
export function oembed(options: SnippetOptions & { width: number; siteTitle: string; thumbnail: { width: number; height: number } }): OEmbedRich {
  const { site, base, id } = options;
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.siteTitle,
    provider_url: absoluteUrl(chartUrls(id, base).story.replace(/#.*$/, ''), site),
    html: embedIframe(options),
    width: options.width,
    height: Math.round(options.height),
    thumbnail_url: absoluteUrl(chartUrls(id, base).png, site),
    thumbnail_width: options.thumbnail.width,
    thumbnail_height: options.thumbnail.height,
    cache_age: 86_400,
  };
}
