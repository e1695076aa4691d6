import type { APIRoute } from 'astro';
import { frameScriptSource } from '../lib/embed/frame-script.ts';

export const GET: APIRoute = () => new Response(frameScriptSource(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
