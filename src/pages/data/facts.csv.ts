import type { APIRoute } from 'astro';
import { factsCsv } from '../../lib/data/facts-csv.ts';
import { loadFacts } from '../../lib/data/load-facts.ts';

export const GET: APIRoute = () => new Response(factsCsv(loadFacts()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
