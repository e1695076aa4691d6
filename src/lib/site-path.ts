/**
 * Internal links that work wherever the site is deployed: every path is
 * joined to Astro's `base`, so a newsroom can host the site under a folder.
 */
export function sitePath(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The sources page of an article, optionally at a fact's anchor. */
export function sourcePath(sourceId: string, factId?: string): string {
  return sitePath(`sources/${sourceId}/${factId ? `#fact-${factId}` : ''}`);
}
