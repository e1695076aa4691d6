/**
 * Serves dist/ to a Playwright browser context under any origin, by
 * intercepting requests: a test can put the embeds and the host page on
 * different public origins without a server or DNS.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv',
};

/** The dist/ file a URL path names (`/embed/x/` is `dist/embed/x/index.html`), or null. */
export function distFile(pathname: string): string | null {
  const path = normalize(join('dist', decodeURIComponent(pathname)));
  if (!path.startsWith('dist')) return null;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) ? file : null;
}

/** Answers every request to `origin` from dist/, 404 when there is no such file. */
export async function routeDist(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => {
    const file = distFile(new URL(route.request().url()).pathname);
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
}
