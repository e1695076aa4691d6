import { bodyHash } from '../article/body-hash.ts';
import { factsPath } from './facts-path.ts';
import type { FactsFile } from '../../schema.ts';

/**
 * Fails when the extracted data does not cover exactly the articles the site
 * loaded, with the same text: after an article was added without
 * re-running extraction, or edited while a build was running (the site
 * would highlight figures at offsets that no longer hold them).
 */
export function assertFresh(articles: readonly { id: string; body?: string | undefined }[], data: FactsFile): void {
  const extracted = new Map(data.sources.map((s) => [s.id, s]));
  const loaded = new Set(articles.map((a) => a.id));
  const missing = [...loaded].filter((id) => !extracted.has(id));
  const gone = [...extracted.keys()].filter((id) => !loaded.has(id));
  if (missing.length || gone.length) {
    const detail = [missing.length ? `not extracted: ${missing.join(', ')}` : '', gone.length ? `no longer in content/articles: ${gone.join(', ')}` : ''].filter(Boolean).join('; ');
    throw new Error(`${factsPath()} is out of date (${detail}). Fix: run \`npm run extract\` or \`npm run build\``);
  }
  const changed = articles.filter((a) => {
    const hash = extracted.get(a.id)!.bodySha256;
    return a.body !== undefined && hash !== null && bodyHash(a.body) !== hash;
  });
  if (changed.length) {
    throw new Error(`${changed.map((a) => extracted.get(a.id)!.path).join(', ')}: changed after its figures were extracted (edited during the build?). Fix: run \`npm run build\` again`);
  }
}
