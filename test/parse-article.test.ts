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

describe('front matter in plain words', () => {
  it('says a field is empty or of the wrong kind, not what the validator says', () => {
    const empty = errorOf(article('title: ""\npublisher: Global Times\npublished: 2023-11-13'));
    expect(empty.message).toBe(`${FILE}: title: "" is empty. Fix: ${empty.message.split('. Fix: ')[1]}`);
    expect(errorOf(article('title: [a, b]\npublisher: Global Times\npublished: 2023-11-13')).message).toMatch(/title: \["a","b"\] must be text, not a list\. Fix:/);
  });

  it('refuses an invisible control character, such as an ANSI escape, naming the field and where it is', () => {
    const ansi = errorOf(article('title: "Ports \\e[31mred\\e[0m"\npublisher: Global Times\npublished: 2023-11-13'));
    expect(ansi.field).toBe('title');
    expect(ansi.message).toContain('contains an invisible control character (U+001B, character 7)');
  });

  it.each(['2099-01-01', '0000-01-01', '1985-06'])('refuses the publication date %s', (date) => {
    const error = errorOf(article(`title: A headline\npublisher: Global Times\npublished: ${date}`));
    expect(error.field).toBe('published');
    expect(error.message).toMatch(/is (in the future|before 1990)|not a real calendar date/);
  });
});
