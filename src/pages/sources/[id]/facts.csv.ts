/** Every fact a source gives evidence for, as `/data/facts.csv` prints them: the source page's filter as a file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { factsCsv } from '../../../lib/exports/facts-csv.ts';
import { loadFacts } from '../../../lib/load/load-facts.ts';
import { factsOfSource } from '../../../lib/story/source-facts.ts';

export const getStaticPaths = (() => loadFacts().sources.map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = loadFacts();
  return new Response(factsCsv({ ...data, facts: [...factsOfSource(data.facts, params.id!)] }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
