/** The I/O edge of embeds: reads the chart context and copy, then builds an {@link EmbedView}. */
import { loadChartContext } from '../charts/chart-context.ts';
import type { ChartContext } from '../charts/chart-types.ts';
import { loadChartCopy } from '../load/load-chart-copy.ts';
import { CHART_IDS } from '../charts/registry.ts';
import { loadSiteCopy } from '../load/load-site-copy.ts';
import type { ChartCopy } from '../../schema.ts';
import { memoOn } from '../memo/memo.ts';
import { embedView, type EmbedView } from './embed-view.ts';

/**
 * Views already built from one context and one chart copy (the story, the
 * embeds and the previewer all show every chart). Either changes when one of
 * its files is edited, and the views are built afresh.
 */
const viewsOf = memoOn((_context: ChartContext) => memoOn((_copy: ReadonlyMap<string, ChartCopy>) => new Map<string, EmbedView>()));

/** Loads the embed view of chart `id`; `site` is Astro's configured site. */
export function loadEmbedView(id: string | undefined, site: URL | undefined, where = `/embed/${id}/`): EmbedView {
  if (!site) throw new Error('astro.config.mjs: site is not set. Fix: set `site` (or the SITE_URL environment variable) to the URL the site is published at');
  const context = loadChartContext();
  const copy = loadChartCopy(CHART_IDS);
  const views = viewsOf(context)(copy);
  const key = `${id}@${site.href}`;
  if (!views.has(key)) views.set(key, embedView(id ?? '', context, copy, loadSiteCopy(), site, where));
  return views.get(key)!;
}
