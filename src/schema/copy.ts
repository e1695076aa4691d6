/** Copy kept in `content/`, so components hold no prose. */
import { z } from 'zod';

/** Site-wide copy kept in `content/site.yaml`, so components hold no prose. */
export const SiteCopy = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Paragraphs introducing the facts list. */
  factsIntro: z.array(z.string().min(1)),
  /** The editor's note on the sources: who published them and what was not verified. */
  sourcesNote: z.string().min(1),
});
export type SiteCopy = z.infer<typeof SiteCopy>;
