/**
 * The few words an export prints besides the chart's own, picked from the
 * site copy (`content/site.yaml`), so the export modules hold no prose.
 */
import type { SiteCopy } from '../../schema.ts';

/** Words printed around every exported chart. */
export interface ExportWords {
  /** Before the credits: `Source:`. */
  sourceLine: string;
  /** The figures are the publishers' own. */
  notVerified: string;
  /** Before the link back to the story: `From`. */
  credit: string;
  /** The site's name, in the credit line. */
  siteTitle: string;
  /**
   * After the credits when only the newest sources are named. Uncounted, so
   * an image stays the same (and cached) when an article adds one more source.
   */
  otherSources: string;
  /** A note for a chart its row budget cut, uncounted for the same reason. */
  drawnSubset: string;
}

/** The export's words from the site copy. */
export function exportWords(copy: SiteCopy): ExportWords {
  return { sourceLine: copy.labels.sourceLine, notVerified: copy.embed.notVerified, credit: copy.embed.credit, siteTitle: copy.title, otherSources: copy.labels.otherSources, drawnSubset: copy.labels.drawnSubset };
}
