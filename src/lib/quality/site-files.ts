/**
 * The files a complete build must hold, worked out from the content alone:
 * every page, every chart's embed, image exports and data, the data files
 * and the static files. A build is published only when all of them are
 * there and none is empty, so a site missing its exports (a crashed
 * renderer, a folder cleaned under it) never goes live.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** What the site is made of. */
export interface SiteContent {
  sourceIds: readonly string[];
  chartIds: readonly string[];
  /** Files under `public/`, relative to it. */
  publicFiles: readonly string[];
  /** How many pages the facts list has (`lib/story/facts-pages.ts`). */
  factsPages: number;
}

/** Every file a complete `dist/` holds, relative to it. */
export function expectedSiteFiles({ sourceIds, chartIds, publicFiles, factsPages }: SiteContent): string[] {
  return [
    'index.html',
    'facts/index.html',
    ...Array.from({ length: Math.max(0, factsPages - 1) }, (_, i) => `facts/${i + 2}/index.html`),
    'embed/index.html',
    'embed.js',
    'embed-frame.js',
    ...['facts.json', 'facts.csv', 'facts.schema.json', 'chart.schema.json'].map((f) => `data/${f}`),
    ...sourceIds.map((id) => `sources/${id}/index.html`),
    ...chartIds.flatMap((id) => [
      `embed/${id}/index.html`,
      `embed/${id}/oembed.json`,
      `charts/${id}.svg`,
      `charts/${id}.png`,
      `charts/${id}.dark.png`,
      `data/${id}.json`,
      `data/${id}.csv`,
    ]),
    ...publicFiles,
  ];
}

/** The expected files that are missing from `dist`, or empty. */
export function missingSiteFiles(dist: string, expected: readonly string[]): string[] {
  return expected.filter((file) => {
    try {
      return statSync(join(dist, file)).size === 0;
    } catch {
      return true;
    }
  });
}
