/**
 * The one way the project reads YAML: version 1.2's core schema (dates stay
 * strings, for our own checks), unique keys, and a cap on aliases, so an
 * alias bomb is refused instead of expanded. A problem comes back with the
 * line it is on, for an error that names the file and the line.
 */
import { parseDocument } from 'yaml';

/** What is wrong, and where: `line` counts from 1 within the text given. */
export interface YamlProblem {
  line: number;
  message: string;
}

/** More aliases than any hand-written file needs; a file with more is an attack or a mistake. */
const MAX_ALIASES = 100;

/** The value of a YAML text, or its first problem. */
export function parseYaml(text: string): { value: unknown } | { problem: YamlProblem } {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: true });
  const [error] = doc.errors;
  if (error) return { problem: { line: error.linePos?.[0]?.line ?? 1, message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') } };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    const aliases = /alias/i.test((error as Error).message);
    return { problem: { line: 1, message: aliases ? `more than ${MAX_ALIASES} aliases (&anchor / *alias): refused, as an alias bomb would be` : (error as Error).message.split('\n')[0]! } };
  }
}
