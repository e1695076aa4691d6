/**
 * The one cache policy. Module-level state in `src/lib` lives only here, and
 * only in three forms, none of which can make a result depend on the order
 * things are called in:
 *
 * - {@link readCached}: an input file is read and parsed once per content,
 *   keyed by its path, modification time and size, so a build reads each file
 *   once and `astro dev` sees an edit at once;
 * - {@link memoOn}: a value derived from an object (a loaded input, a
 *   context) is kept beside that object, in a WeakMap, for as long as the
 *   object lives;
 * - {@link memoLast}: a pure function remembers its last call, for hot paths
 *   that see the same argument many times in a row (the sentence being read),
 *   and, with no arguments, a run-once load (the GeoNames table, the PNG
 *   renderer's wasm and fonts). A run-once load that fails keeps failing:
 *   the error is the build's, and the build stops.
 *
 * Cached values are shared: callers never mutate them.
 *
 * An import check (`test/layers.test.ts`) fails on a module-level `let`, or
 * on a module-level collection that is changed after load, anywhere else.
 */
import { statSync } from 'node:fs';

/** A file's identity for caching: its modification time and size, or null when it cannot be read. */
function stampOf(path: string): string | null {
  try {
    const stat = statSync(path);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return null;
  }
}

const files = new Map<string, { stamp: string; parse: (path: string) => unknown; value: unknown }>();

/**
 * `parse(path)`, reused while the file is unchanged and `parse` is the same
 * function. A missing file is never cached, so its error is raised each time.
 */
export function readCached<T>(path: string, parse: (path: string) => T): T {
  const stamp = stampOf(path);
  const hit = files.get(path);
  if (stamp !== null && hit && hit.stamp === stamp && hit.parse === parse) return hit.value as T;
  const value = parse(path);
  if (stamp !== null) files.set(path, { stamp, parse, value });
  return value;
}

/** `derive(key)`, computed once per key object and dropped with it. */
export function memoOn<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, derive(key));
    return values.get(key)!;
  };
}

/** `fn`, remembering its last call: the same arguments (compared with `Object.is`) return the same result. */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
