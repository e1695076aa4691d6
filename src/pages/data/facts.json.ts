import type { APIRoute } from 'astro';
import { loadFacts } from '../../lib/load/load-facts.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(loadFacts(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
