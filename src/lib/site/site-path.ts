/**
 * Internal links that work wherever the site is deployed: every path is
 * joined to Astro's `base`, so a newsroom can host the site under a folder.
 */
export function sitePath(path: string, base: string = baseUrl()): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** Astro's base; `/` where Vite does not run (scripts such as the bench). */
function baseUrl(): string {
  return (import.meta.env as ImportMetaEnv | undefined)?.BASE_URL ?? '/';
}

/** The sources page of an article, optionally at a fact's anchor. */
export function sourcePath(sourceId: string, factId?: string): string {
  return sitePath(`sources/${sourceId}/${factId ? `#fact-${factId}` : ''}`);
}

/** Whether the site's absolute URL is a local preview (`localhost`, a loopback address): embed codes made from it work nowhere else. */
export function isLocalSite(site: URL | undefined): boolean {
  return !site || ['localhost', '127.0.0.1', '[::1]'].includes(site.hostname);
}
