import type { APIRoute } from 'astro';
import { chartIdPaths } from '../../lib/charts/registry.ts';
import { loadChartData } from '../../lib/exports/chart-data-entry.ts';

export const getStaticPaths = chartIdPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(loadChartData(params.id!, site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
