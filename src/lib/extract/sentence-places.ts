/** The places one sentence names: the gazetteer's, then the fallback's for names the gazetteer lacks. */
import type { Place } from '../../schema.ts';
import type { PlaceFinder, PlaceMention } from './places.ts';
import type { Span } from './furniture.ts';
import { unknownPlacePhrases } from './unknown-places.ts';

/**
 * The sentence's gazetteer mentions plus the place-like names the gazetteer
 * lacks that the fallback can place; the rest are noted as unknown, and
 * their spans pushed to `unplaced`.
 */
export function withFallback(text: string, mentions: PlaceMention[], places: PlaceFinder, unknown: Set<string>, found: Map<string, Place>, unplaced: Span[] = []): PlaceMention[] {
  const extra: PlaceMention[] = [];
  for (const u of unknownPlacePhrases(text, mentions)) {
    const place = places.fallback(u.name);
    if (!place) {
      unknown.add(u.name);
      unplaced.push({ start: u.start, end: u.end });
      continue;
    }
    found.set(place.id, place);
    // The known names inside it ("Korla" in "Korla Development Zone") give way to the whole name.
    extra.push({ place, start: u.start, end: u.end });
  }
  if (extra.length === 0) return mentions;
  const kept = mentions.filter((m) => !extra.some((e) => m.start < e.end && e.start < m.end));
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}
