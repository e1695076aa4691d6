import { describe, expect, it } from 'vitest';
import { ArticleError } from '../src/lib/article/article-error.ts';
import { parseArticle } from '../src/lib/article/parse-article.ts';

const FILE = 'content/articles/sample.md';
const article = (front: string, body = 'Horgos handled 6,195 trains.\n') => `---\n${front}\n---\n${body}`;
const GOOD = 'title: A headline\npublisher: Global Times\npublished: 2023-11-13';

function errorOf(text: string): ArticleError {
  try {
    parseArticle(FILE, text);
  } catch (e) {
    if (e instanceof ArticleError) return e;
    throw e;
  }
  throw new Error('expected an ArticleError');
}

describe('parseArticle', () => {
  it('splits front matter from a verbatim body and takes the slug from the file name', () => {
    const body = '  Indented first line.\r\n\nSecond paragraph, 3 billion yuan.\n';
    const a = parseArticle(FILE, article(GOOD, body));
    expect(a.id).toBe('sample');
    expect(a.body).toBe(body);
    expect(a.data).toEqual({ title: 'A headline', publisher: 'Global Times', published: '2023-11-13' });
  });

  it('accepts a month-only date and keeps it as written', () => {
    expect(parseArticle(FILE, article('title: T\npublisher: P\npublished: 2023-11')).data.published).toBe('2023-11');
  });

  it('names the file and the field when publisher is missing', () => {
    const e = errorOf(article('title: T\npublished: 2023-11-13'));
    expect(e.field).toBe('publisher');
    expect(e.message).toMatch(/^content\/articles\/sample\.md: publisher: is missing\. Fix: add `publisher:/);
  });

  it('rejects an impossible date, naming the field', () => {
    const e = errorOf(article('title: T\npublisher: P\npublished: 2024-13-45'));
    expect(e.field).toBe('published');
    expect(e.message).toContain('"2024-13-45"');
    expect(e.message).toContain('YYYY-MM-DD');
  });

  it('rejects 29 February outside a leap year but accepts it in one', () => {
    expect(errorOf(article('title: T\npublisher: P\npublished: 2023-02-29')).field).toBe('published');
    expect(parseArticle(FILE, article('title: T\npublisher: P\npublished: 2024-02-29')).data.published).toBe('2024-02-29');
  });

  it('rejects unknown fields so typos do not pass silently', () => {
    const e = errorOf(article(`${GOOD}\npublsher: X`));
    expect(e.field).toBe('publsher');
    expect(e.message).toContain('not a known front-matter field');
  });

  it('rejects a url that is not http(s)', () => {
    expect(errorOf(article(`${GOOD}\nurl: "javascript:alert(1)"`)).field).toBe('url');
  });

  it('rejects a file with no front matter, an empty body and broken YAML', () => {
    expect(errorOf('Just text').field).toBe('front matter');
    expect(errorOf(article(GOOD, '\n  \n')).field).toBe('body');
    expect(errorOf(article('title: [unclosed\npublisher: P')).field).toBe('front matter');
  });
});
