/** The short form of a place's name for a map label. */
import type { Place } from '../../../schema.ts';

/**
 * The shortest alias that starts the name word for word (`Irkeshtam` for
 * `Irkeshtam Port`, `Xinjiang` for `Xinjiang Uygur Autonomous Region`), else
 * the name without a trailing qualifier in brackets. Aliases are unique to
 * one place, so the short form stays unambiguous; on a map, position does
 * the rest.
 */
export function mapLabel(place: Pick<Place, 'name' | 'aliases'>): string {
  const prefixes = place.aliases.filter((a) => place.name.startsWith(`${a} `));
  const shortest = prefixes.sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
  return shortest ?? place.name.replace(/\s*\([^)]*\)$/, '');
}
