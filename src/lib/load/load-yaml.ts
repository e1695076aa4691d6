import { readFileSync } from 'node:fs';
import { parseYaml } from '../yaml/parse-yaml.ts';
import type { z } from 'zod';
import { memoOn, readCached } from '../memo/memo.ts';

/**
 * Reads a YAML file from `content/` and validates it, once per content of the
 * file (see `memo.ts`). An error names the file and the field, and says where
 * to look for the fix.
 */
export function loadYaml<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  return readCached(path, readerFor(schema) as (path: string) => z.infer<T>);
}

/** One reader per schema, so that the cache knows a file read with another schema is another value. */
const readerFor = memoOn((schema: z.ZodType) => (path: string): unknown => readYaml(path, schema));

function readYaml<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  if ('problem' in parsed) throw new Error(`${path}:${parsed.problem.line}: ${parsed.problem.message}. Fix: correct the YAML there`);
  const raw = parsed.value;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${path}: ${issue.path.join('.') || 'file'}: ${issue.message}. Fix: see the comment at the top of the file`);
}
