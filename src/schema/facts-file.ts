/** The whole public data file, `/data/facts.json`: sources, places, facts, conflicts, events and links. */
import { z } from 'zod';
import { Source } from './article.ts';
import { Event } from './event.ts';
import { Conflict, Fact } from './facts.ts';
import { Link } from './link.ts';
import { Place } from './place.ts';

/** The whole public data file, `/data/facts.json`. */
export const FactsFile = z.object({
  /** Version of this data contract. */
  version: z.literal(1),
  sources: z.array(Source),
  places: z.array(Place),
  facts: z.array(Fact),
  /** Disagreements between sources, for editors to settle. */
  conflicts: z.array(Conflict).default([]),
  /** Dated events named in the sources, oldest first. Added in 0.3. */
  events: z.array(Event).default([]),
  /** Crossings and the places beyond the border the sources name with them, by id. Added in 0.10. */
  links: z.array(Link).default([]),
});
export type FactsFile = z.infer<typeof FactsFile>;
