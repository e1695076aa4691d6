import type { APIRoute } from 'astro';
import { hostScriptSource } from '../lib/embed/host-script.ts';

export const GET: APIRoute = () => new Response(hostScriptSource(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
