import type { APIRoute } from 'astro';
import { chartIdPaths, loadChartData } from '../../lib/data/chart-data-entry.ts';
import { chartDataCsv } from '../../lib/data/chart-data.ts';

export const getStaticPaths = chartIdPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(chartDataCsv(loadChartData(params.id!, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
