import type { APIRoute } from 'astro';
import { chartDataJsonSchema } from '../../schema.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(chartDataJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
