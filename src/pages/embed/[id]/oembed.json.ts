/** `/embed/<chart-id>/oembed.json`: the static oEmbed response the embed page links to. */
import type { APIRoute } from 'astro';
import { chartIdPaths } from '../../../lib/charts/registry.ts';
import { loadSiteCopy } from '../../../lib/load/load-site-copy.ts';
import { EMBED_DEFAULT_WIDTH } from '../../../lib/embed/embed-height.ts';
import { loadEmbedView } from '../../../lib/embed/load-embed-view.ts';
import { oembed } from '../../../lib/embed/oembed.ts';
import { exportWords } from '../../../lib/exports/export-words.ts';
import { exportSize } from '../../../lib/exports/standalone-svg.ts';

export const getStaticPaths = chartIdPaths;

export const GET: APIRoute = ({ params, site }) => {
  const view = loadEmbedView(params.id, site, `/embed/${params.id}/oembed.json`);
  const copy = loadSiteCopy();
  const png = exportSize({ ...view.chart, svg: view.wideSvg }, { words: exportWords(copy), storyUrl: view.absolute.story });
  const body = oembed({
    id: view.chart.id, title: view.chart.title, height: view.height, site: site!, width: EMBED_DEFAULT_WIDTH,
    siteTitle: copy.title, thumbnail: { width: png.width * 2, height: png.height * 2 },
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed' } });
};
