/** What may sit in content/articles/, and the bytes an article file may hold. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../src/lib/article/article-bytes.ts';
import { articleFiles, readArticles } from '../src/lib/article/read-articles.ts';

const PATH = 'content/articles/x.md';
const GOOD = '---\ntitle: A port opens\npublisher: Example Daily\npublished: 2024-05-01\n---\nThe port handled 5,000 trucks in April.\n';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it('reads UTF-8 text, Chinese and all', () => {
    expect(decodeArticle(PATH, bytes('霍尔果斯 Horgos'))).toBe('霍尔果斯 Horgos');
  });

  it('refuses bytes that are not UTF-8, naming the byte and its line', () => {
    const latin1 = Uint8Array.from([...bytes('line one\nCaf'), 0xe9, ...bytes(' au lait\n')]);
    expect(() => decodeArticle(PATH, latin1)).toThrow(`${PATH}: file: is not UTF-8 (byte 0xE9 on line 2). Fix: open the file in an editor and save it with the encoding "UTF-8"`);
    const afterGoodCharacter = Uint8Array.from([...bytes('é\n\n'), ...bytes('ü'), 0xff]);
    expect(() => decodeArticle(PATH, afterGoodCharacter)).toThrow('(byte 0xFF on line 3)');
  });

  it('refuses UTF-16 text, saying so (not calling it a PDF)', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'---\ntitle: x\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(() => decodeArticle(PATH, utf16)).toThrow(`${PATH}: file: is UTF-16 text, not UTF-8. Fix: open the file in an editor and save it with the encoding "UTF-8"`);
    const noMark = Uint8Array.from([...'title: a port opens'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(() => decodeArticle(PATH, noMark)).toThrow('is UTF-16 text');
  });

  it('refuses a binary file', () => {
    const pdf = Uint8Array.from([...bytes('%PDF-1.7\n'), 0, 1, 2, 0xff]);
    expect(() => decodeArticle(PATH, pdf)).toThrow(/^content\/articles\/x\.md: file: is binary, not text \(a NUL byte on line 2\)\. Fix: copy the article text out of the PDF or Word file/);
  });

  it('refuses a file too large to be one article', () => {
    const huge = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    expect(() => decodeArticle(PATH, huge)).toThrow(/^content\/articles\/x\.md: file: is 10\.0 MB, more than the 1 MB an article may be\. Fix: /);
    expect(decodeArticle(PATH, new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61))).toHaveLength(MAX_ARTICLE_BYTES);
  });
});

describe('articleFiles', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'xj-articles-'));
    mkdirSync(join(root, 'content/articles'), { recursive: true });
    writeFileSync(join(root, 'content/articles/b.md'), GOOD.replace('5,000 trucks', '4,100 trucks'));
    writeFileSync(join(root, 'content/articles/a.md'), GOOD);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists the .md files by name and skips hidden files', () => {
    writeFileSync(join(root, 'content/articles/.DS_Store'), 'x');
    expect(articleFiles(root)).toEqual(['content/articles/a.md', 'content/articles/b.md']);
    expect(readArticles(root).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it.each(['notes.txt', 'article.md.docx', 'story.MD'])('refuses %s, which is not a .md article', (name) => {
    writeFileSync(join(root, `content/articles/${name}`), GOOD);
    expect(() => articleFiles(root)).toThrow(`content/articles/${name}: file name: is not a .md article file. Fix: rename it to <slug>.md`);
  });

  it('refuses a symbolic link, which could publish a file from anywhere', () => {
    const outside = join(root, 'outside.md');
    writeFileSync(outside, GOOD.replace('5,000', '6,200'));
    symlinkSync(outside, join(root, 'content/articles/linked.md'));
    expect(() => articleFiles(root)).toThrow('content/articles/linked.md: file: is a symbolic link; links are not followed');
  });

  it('checks the size before reading: a 3 GB sparse file is refused by its size, not read', () => {
    const huge = join(root, 'content/articles/huge.md');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3);
    expect(() => readArticles(root)).toThrow(/^content\/articles\/huge\.md: file: is 3072\.0 MB, more than the 1 MB an article may be/);
  });

  it('refuses the same article saved twice, naming both files', () => {
    writeFileSync(join(root, 'content/articles/c.md'), GOOD.replace('The port handled', 'The port  handled'));
    expect(() => readArticles(root)).toThrow(/^content\/articles\/c\.md: body: is the same text as content\/articles\/a\.md; one article saved twice would count as its own corroboration\. Fix: remove one/);
  });

  it.each([['Upper_Case.md', 'upper-case.md'], ['café.md', 'cafe.md']])('refuses %s, whose name is not a slug, and names the slug to use', (name, slug) => {
    writeFileSync(join(root, `content/articles/${name}`), GOOD.replace('5,000', '7,700'));
    expect(() => articleFiles(root)).toThrow(`content/articles/${name}: file name: is not a slug (lower-case letters, digits and single hyphens). Fix: rename it to ${slug}`);
  });

  it('refuses a folder inside the articles folder', () => {
    mkdirSync(join(root, 'content/articles/drafts.md'));
    expect(() => articleFiles(root)).toThrow('content/articles/drafts.md: file name: is not a .md article file');
  });
});
