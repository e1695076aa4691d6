/**
 * Where each chart's embed and exports live. The chart id is used unchanged
 * in every path, so `/embed/<id>/`, `/charts/<id>.png` and `/data/<id>.csv`
 * always name the same chart.
 */
import { sitePath } from '../site/site-path.ts';

/** The colour theme of an export or an embed. */
export type Theme = 'light' | 'dark';

/** Site paths (with Astro's base) of one chart's embed page and exports. */
export interface ChartUrls {
  /** The embed page, `/embed/<id>/`. */
  embed: string;
  /** The static oEmbed response, `/embed/<id>/oembed.json`. */
  oembed: string;
  /** The chart in the story, `/#chart-<id>`. */
  story: string;
  svg: string;
  png: string;
  pngDark: string;
  csv: string;
  json: string;
}

/** File names of the image exports under `/charts/`, for one chart. */
export function imageFiles(id: string): { svg: string; png: string; pngDark: string } {
  return { svg: `${id}.svg`, png: `${id}.png`, pngDark: `${id}.dark.png` };
}

/** Every path of chart `id`; `base` defaults to Astro's. */
export function chartUrls(id: string, base?: string): ChartUrls {
  const files = imageFiles(id);
  const at = (path: string) => sitePath(path, base);
  return {
    embed: at(`embed/${id}/`),
    oembed: at(`embed/${id}/oembed.json`),
    story: `${at('')}#chart-${id}`,
    svg: at(`charts/${files.svg}`),
    png: at(`charts/${files.png}`),
    pngDark: at(`charts/${files.pngDark}`),
    csv: at(`data/${id}.csv`),
    json: at(`data/${id}.json`),
  };
}

/** An absolute URL for a site path, against the configured `site`. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
