/**
 * The development corpus as articles: each `articles/dNN-*.txt` has its
 * headline on line 1 and the page text after it, and `index.json` gives its
 * publisher and date. The texts stay where they are; nothing is copied.
 */
import { CorpusEntry, type Article } from '../../schema.ts';

/** An article file's text, split into the headline (line 1) and the body (everything after it, verbatim). */
export function splitHeadline(text: string): { title: string; body: string } {
  const newline = text.indexOf('\n');
  return newline < 0 ? { title: text.trim(), body: '' } : { title: text.slice(0, newline).trim(), body: text.slice(newline + 1) };
}

/**
 * Articles from the corpus index and a reader of its files.
 *
 * @param index the parsed `articles/index.json`
 * @param readText returns a file's text by its name in `articles/`
 * @param dir the corpus folder, for the articles' paths in reports
 */
export function corpusArticles(index: unknown, readText: (file: string) => string, dir: string): Article[] {
  const entries = CorpusEntry.array().parse(index);
  return entries.map((entry) => {
    const { body } = splitHeadline(readText(entry.file));
    return {
      id: entry.file.replace(/\.txt$/, ''),
      path: `${dir}/articles/${entry.file}`,
      data: { title: entry.title, publisher: entry.publisher, published: entry.published, ...(entry.url ? { url: entry.url } : {}) },
      body,
    };
  });
}

/** The article a gold `src` names: its id, or the id it begins (`d07` is `d07-xinjiang-…`). */
export function articleForSource<T extends { id: string }>(articles: readonly T[], src: string): T | undefined {
  return articles.find((a) => a.id === src) ?? articles.find((a) => a.id.startsWith(`${src}-`));
}
