/**
 * The static image exports, `/charts/<id>.svg`, `<id>.png` and `<id>.dark.png`,
 * for a CMS that takes no iframes. A thin loader: src/lib/exports does the work.
 */
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { RENDER_CACHE_DIR } from '../../lib/io/render-cache.ts';
import { chartView } from '../../lib/charts/chart-view.ts';
import { loadChartContext } from '../../lib/charts/chart-context.ts';
import { loadChartCopy } from '../../lib/load/load-chart-copy.ts';
import { CHART_IDS } from '../../lib/charts/registry.ts';
import { loadSiteCopy } from '../../lib/load/load-site-copy.ts';
import { absoluteUrl, chartUrls } from '../../lib/embed/chart-urls.ts';
import { EXPORT_CHART_WIDTH } from '../../lib/exports/export-layout.ts';
import { exportFiles, type ExportFile } from '../../lib/exports/export-files.ts';
import { exportWords } from '../../lib/exports/export-words.ts';
import { renderExport } from '../../lib/exports/render-export.ts';

export const getStaticPaths = (() =>
  CHART_IDS.flatMap((id) => exportFiles(id).map((file) => ({ params: { file: file.file }, props: { file } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ExportFile }> = async ({ props, site }) => {
  const { id } = props.file;
  const view = chartView(id, loadChartContext(), loadChartCopy(CHART_IDS), { width: EXPORT_CHART_WIDTH }, 'src/pages/charts/[file].ts');
  const story = chartUrls(id).story;
  const cache = join(process.cwd(), RENDER_CACHE_DIR);
  const { body, contentType } = await renderExport(props.file, view, exportWords(loadSiteCopy()), site ? absoluteUrl(story, site) : story, cache);
  return new Response(body, { headers: { 'Content-Type': contentType } });
};
