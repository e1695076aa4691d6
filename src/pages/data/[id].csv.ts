import type { APIRoute } from 'astro';
import { chartIdPaths } from '../../lib/charts/registry.ts';
import { loadChartData } from '../../lib/exports/chart-data-entry.ts';
import { chartDataCsv } from '../../lib/exports/chart-data.ts';

export const getStaticPaths = chartIdPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(chartDataCsv(loadChartData(params.id!, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
