/** Cross-border links the sources describe, for the locator map's corridors. */
import { z } from 'zod';
import { Evidence } from './facts.ts';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * A crossing and a place beyond the border that one paragraph of a source
 * names together (invented: "trucks leave the Torugart Port for Bishkek"):
 * the evidence that a route runs that way. Each piece of evidence quotes the
 * sentence that names the place beyond (a paragraph with no figure and no
 * date is quoted whole), with `start` and `end` on the name.
 * Added in 0.10.
 */
export const Link = z.object({
  /** `<from>--<to>`. */
  id: z.string().regex(/^[a-z0-9-]+--[a-z0-9-]+$/),
  /** Gazetteer id of the crossing: a port in China. */
  from: Id,
  /** Gazetteer id of the place beyond the border: a city, port or region abroad, or a country. */
  to: Id,
  evidence: z.array(Evidence).min(1),
});
export type Link = z.infer<typeof Link>;
