/** The I/O edge of embeds: reads the chart context and copy, then builds an {@link EmbedView}. */
import { loadChartContext } from '../charts/chart-context.ts';
import type { ChartContext } from '../charts/chart-types.ts';
import { loadChartCopy } from '../load/load-chart-copy.ts';
import { CHART_IDS } from '../charts/registry.ts';
import { loadSiteCopy } from '../load/load-site-copy.ts';
import { memoOn } from '../memo/memo.ts';
import { embedView, type EmbedView } from './embed-view.ts';

/** Views already built for a context: the story, the embeds and the previewer all show every chart. */
const viewsOf = memoOn((_context: ChartContext) => new Map<string, EmbedView>());

/** Loads the embed view of chart `id`; `site` is Astro's configured site. */
export function loadEmbedView(id: string | undefined, site: URL | undefined, where = `/embed/${id}/`): EmbedView {
  if (!site) throw new Error('astro.config.mjs: site is not set. Fix: set `site` (or the SITE_URL environment variable) to the URL the site is published at');
  const context = loadChartContext();
  const views = viewsOf(context);
  const key = `${id}@${site.href}`;
  if (!views.has(key)) views.set(key, embedView(id ?? '', context, loadChartCopy(CHART_IDS), loadSiteCopy(), site, where));
  return views.get(key)!;
}
