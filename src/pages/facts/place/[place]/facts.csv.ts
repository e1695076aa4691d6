/** Every row of a place's filter pages, as `/data/facts.csv` prints them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { factsCsv } from '../../../../lib/exports/facts-csv.ts';
import { loadFacts } from '../../../../lib/load/load-facts.ts';
import { factFilters } from '../../../../lib/story/fact-filters.ts';

export const getStaticPaths = (() => [...factFilters(loadFacts()).places.keys()].map((place) => ({ params: { place } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = loadFacts();
  const filter = factFilters(data).places.get(params.place!)!;
  return new Response(factsCsv({ ...data, facts: [...filter.facts] }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
