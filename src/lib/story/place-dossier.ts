/**
 * What a place's page tells besides its table: its dated events (those that
 * name it or a place within it), and the story's charts that draw its facts.
 */
import type { Event, Fact, Place } from '../../schema.ts';
import { isWithin } from '../gazetteer/lineage.ts';

/** A place's events and charts. */
export interface PlaceDossier {
  /** Oldest first, as the timeline runs. */
  events: Event[];
  /** Ids of the charts that draw any of its facts, in the order given. */
  charts: string[];
}

/**
 * The dossier of place `id`. `facts` are its filter's; `charted` says which
 * charts draw each fact (`chartedFacts`); `chartIds` gives the charts' order.
 */
export function placeDossier(id: string, facts: readonly Fact[], events: readonly Event[], places: ReadonlyMap<string, Place>, charted: ReadonlyMap<string, readonly string[]>, chartIds: readonly string[]): PlaceDossier {
  const drawn = new Set(facts.flatMap((f) => charted.get(f.id) ?? []));
  return {
    events: events.filter((e) => e.places.some((p) => isWithin(p, id, places))).sort((a, b) => a.date.start.localeCompare(b.date.start)),
    charts: chartIds.filter((c) => drawn.has(c)),
  };
}
