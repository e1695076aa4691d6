/**
 * The single source of truth for every data type in the project.
 *
 * Article front matter, the extracted facts and the public data files
 * (`/data/facts.json`, `/data/facts.schema.json`, `/data/facts.csv`) are all
 * described here. Types come from `z.infer`; the published JSON Schema is
 * generated from {@link FactsFile} with `z.toJSONSchema`.
 *
 * This is a public contract: extend it, never rename or remove a field.
 * Fields added after the first release carry defaults, so a file written
 * before them still parses; the files we publish always include them.
 *
 * The types live in `src/schema/`, one concern per file; import them from
 * here, the one entry point.
 */
import { z } from 'zod';
import { ChartData } from './schema/chart-data.ts';
import { FactsFile } from './schema/facts-file.ts';

export * from './schema/article.ts';
export * from './schema/place.ts';
export * from './schema/facts.ts';
export * from './schema/event.ts';
export * from './schema/link.ts';
export * from './schema/facts-file.ts';
export * from './schema/measures.ts';
export * from './schema/review.ts';
export * from './schema/copy.ts';
export * from './schema/geo.ts';
export * from './schema/chart-data.ts';
export * from './schema/gold.ts';

/** The JSON Schema for `/data/facts.json`, generated from {@link FactsFile}. */
export function factsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FactsFile, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}

/** The JSON Schema for every `/data/<chart-id>.json`, generated from {@link ChartData}. */
export function chartDataJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ChartData, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
