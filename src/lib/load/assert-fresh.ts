import type { FactsFile } from '../../schema.ts';

/**
 * Fails when the extracted data does not cover exactly the articles the site
 * loaded, e.g. after an article was added without re-running extraction.
 */
export function assertFresh(articleIds: readonly string[], data: FactsFile): void {
  const extracted = new Set(data.sources.map((s) => s.id));
  const loaded = new Set(articleIds);
  const missing = [...loaded].filter((id) => !extracted.has(id));
  const gone = [...extracted].filter((id) => !loaded.has(id));
  if (missing.length || gone.length) {
    const detail = [missing.length ? `not extracted: ${missing.join(', ')}` : '', gone.length ? `no longer in content/articles: ${gone.join(', ')}` : ''].filter(Boolean).join('; ');
    throw new Error(`src/generated/facts.json is out of date (${detail}). Fix: run \`npm run extract\` or \`npm run build\``);
  }
}
