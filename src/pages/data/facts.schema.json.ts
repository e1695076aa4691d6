import type { APIRoute } from 'astro';
import { factsJsonSchema } from '../../schema.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(factsJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
