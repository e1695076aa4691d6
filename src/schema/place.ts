/** Places: the curated gazetteer's entries and the ones GeoNames supplies. */
import { z } from 'zod';

/** What sort of place a gazetteer entry is. */
export const PlaceKind = z.enum(['country', 'region', 'prefecture', 'county', 'city', 'port', 'zone']);

/** A place from the curated gazetteer (`content/gazetteer.yaml`). */
export const Place = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: PlaceKind,
  /** Id of the containing place. */
  parent: z.string().optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Where the coordinates came from. */
  coordSource: z.string().min(1),
  note: z.string().optional(),
  /**
   * Recurring events held in the place, by name (`China-Eurasia Expo`): a
   * figure reported for the event, such as the deals signed at it, is the
   * place's. Matched in the text as the place's names are.
   * Added in 0.5.
   */
  venues: z.array(z.string().min(1)).optional(),
  /**
   * False for a place taken from GeoNames because the curated gazetteer
   * lacks it; an editor should curate it. True (the default) for every
   * entry of `content/gazetteer.yaml`. Added in 0.4.
   */
  curated: z.boolean().default(true),
});
export type Place = z.infer<typeof Place>;
