/**
 * Everything an embed, the share control and the previewer show for one
 * chart: the chart at two widths, its embed code and default height, and
 * where its exports live. Pure; `load-embed-view.ts` reads the inputs.
 */
import type { ChartCopy, SiteCopy } from '../../schema.ts';
import type { ChartContext } from '../charts/chart-types.ts';
import { chartView, type ChartView } from '../charts/chart-view.ts';
import { absoluteUrl, chartUrls, type ChartUrls } from './chart-urls.ts';
import { EMBED_DEFAULT_WIDTH, estimateEmbedHeight } from './embed-height.ts';
import { embedSnippet } from './embed-snippet.ts';

/**
 * The width in px of the narrow drawing, shown in iframes narrower than 40em
 * (phones, sidebars): a 320 px iframe's column is 288 px, so chart text
 * scales by 0.96 at the narrowest.
 */
export const EMBED_NARROW_WIDTH = 300;

/** The width in px of the wide drawing, shown in iframes at least 40em wide. */
export const EMBED_WIDE_WIDTH = 720;

/** One chart, ready to embed. */
export interface EmbedView {
  /** The chart, drawn at {@link EMBED_NARROW_WIDTH}. */
  chart: ChartView;
  /** The same chart drawn at {@link EMBED_WIDE_WIDTH}. */
  wideSvg: string;
  labels: SiteCopy['labels'];
  words: SiteCopy['embed'];
  siteTitle: string;
  /** The embed page's `<title>`. */
  pageTitle: string;
  /** Site paths of the embed and exports. */
  urls: ChartUrls;
  /** Absolute URLs, for canonical links, oEmbed and embed codes. */
  absolute: { embed: string; story: string; oembed: string };
  /** The iframe height without `/embed.js`, at {@link EMBED_DEFAULT_WIDTH}. */
  height: number;
  /** The embed code. */
  snippet: string;
}

/** Builds the embed view of chart `id`. `where` names the caller in an unknown-id error. */
export function embedView(id: string, context: ChartContext, copy: ReadonlyMap<string, ChartCopy>, site: SiteCopy, siteUrl: URL | string, where?: string): EmbedView {
  const chart = chartView(id, context, copy, { width: EMBED_NARROW_WIDTH }, where);
  const wideSvg = chartView(id, context, copy, { width: EMBED_WIDE_WIDTH }, where).svg;
  const urls = chartUrls(id);
  const height = estimateEmbedHeight(chart, wideSvg, `${site.embed.notVerified} ${site.embed.getData} · ${site.embed.credit} ${site.title}`, EMBED_DEFAULT_WIDTH);
  return {
    chart,
    wideSvg,
    labels: site.labels,
    words: site.embed,
    siteTitle: site.title,
    pageTitle: `${chart.title} · ${site.title}`,
    urls,
    absolute: { embed: absoluteUrl(urls.embed, siteUrl), story: absoluteUrl(urls.story, siteUrl), oembed: absoluteUrl(urls.oembed, siteUrl) },
    height,
    snippet: embedSnippet({ id, title: chart.title, height, site: siteUrl }),
  };
}
