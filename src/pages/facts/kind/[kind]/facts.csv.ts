/** Every row of a kind's filter pages, as `/data/facts.csv` prints them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { FactKind } from '../../../../schema.ts';
import { factsCsv } from '../../../../lib/exports/facts-csv.ts';
import { loadFacts } from '../../../../lib/load/load-facts.ts';
import { factFilters } from '../../../../lib/story/fact-filters.ts';

export const getStaticPaths = (() => [...factFilters(loadFacts()).kinds.keys()].map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = loadFacts();
  const filter = factFilters(data).kinds.get(params.kind as FactKind)!;
  return new Response(factsCsv({ ...data, facts: [...filter.facts] }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
