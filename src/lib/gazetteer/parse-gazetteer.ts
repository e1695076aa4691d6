import { parseYaml } from '../yaml/parse-yaml.ts';
import { z } from 'zod';
import { Place } from '../../schema.ts';

/** Where the gazetteer lives, relative to the project root. */
export const GAZETTEER_PATH = 'content/gazetteer.yaml';

/**
 * Parses and checks the gazetteer (`content/gazetteer.yaml`): every entry
 * valid, ids and aliases unique, every parent present. Errors name the file,
 * the entry and the field.
 */
export function parseGazetteer(path: string, text: string): Place[] {
  const parsed = parseYaml(text);
  if ('problem' in parsed) throw new Error(`${path}:${parsed.problem.line}: ${parsed.problem.message}. Fix: correct the YAML there (each place is a "- id: …" entry with its fields indented under it)`);
  const raw = parsed.value;
  // Strict: a misspelt field (`alias:`) is an error, not a field quietly ignored.
  const result = z.array(z.strictObject(Place.shape)).safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [index, field] = issue.path;
    const id = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { id?: string })?.id : undefined;
    throw new Error(`${path}: entry ${id ?? `#${String(index)}`}: ${String(field ?? 'entry')}: ${issue.message}. Fix: see the field list at the top of the file`);
  }
  const places = result.data;
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const place of places) {
    if (ids.has(place.id)) throw new Error(`${path}: entry ${place.id}: id: used twice. Fix: give each place its own id`);
    ids.add(place.id);
    for (const name of [place.name, ...place.aliases, ...(place.venues ?? [])]) {
      const key = name.toLowerCase();
      const owner = names.get(key);
      if (owner && owner !== place.id) {
        throw new Error(`${path}: entry ${place.id}: aliases: "${name}" also names ${owner}. Fix: keep each name on one place only`);
      }
      names.set(key, place.id);
    }
  }
  for (const place of places) {
    if (place.parent && !ids.has(place.parent)) {
      throw new Error(`${path}: entry ${place.id}: parent: no place has the id "${place.parent}". Fix: add that place or correct the id`);
    }
  }
  // Parents must end at a top: a cycle would send every "is it inside" question round for ever.
  const parentOf = new Map(places.map((p) => [p.id, p.parent]));
  for (const place of places) {
    const chain = [place.id];
    for (let at = place.parent; at; at = parentOf.get(at)) {
      if (chain.includes(at)) throw new Error(`${path}: entry ${place.id}: parent: the parents go round in a circle (${[...chain, at].join(' → ')}). Fix: give one of them the place that really contains it`);
      chain.push(at);
    }
  }
  return places;
}
