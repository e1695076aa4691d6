import type { APIRoute } from 'astro';
import { factsCsv } from '../../lib/exports/facts-csv.ts';
import { loadFacts } from '../../lib/load/load-facts.ts';

export const GET: APIRoute = () => new Response(factsCsv(loadFacts()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
