/** `npm run add-article`: a validated file with the text verbatim, never an overwrite or a duplicate. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addArticle } from '../scripts/add-article.ts';
import { slugFor } from '../src/lib/article/new-article.ts';
import { parseArticle } from '../src/lib/article/parse-article.ts';

const SEED = 'content/articles/kashi-area-of-xinjiang-pilot-ftz-inaugurated.md';
const TEXT = 'Jeminay Port handled 1,200 trucks in May.\r\n\r\n  Officials said <b>trade</b> rose 12% year-on-year.\n';
let root: string;
let textFile: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'xj-add-'));
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  cpSync(SEED, join(root, SEED));
  textFile = join(root, 'incoming.txt');
  writeFileSync(textFile, TEXT);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const args = (extra: string[] = []) => [textFile, '--title', 'Jeminay Port: 1,200 trucks in May', '--publisher', 'Example Daily', '--published', '2024-06', ...extra];

describe('slugFor', () => {
  it('takes the headline words, keeps numbers whole and cuts at a word within 60 characters', () => {
    expect(slugFor('[Along the Silk Road]Busy land ports carry Tacheng farm produce into Central Asia')).toBe('along-the-silk-road-busy-land-ports-carry-tacheng-farm');
    expect(slugFor('Horgos: 7,000 trains & counting')).toBe('horgos-7000-trains-and-counting');
    expect(slugFor('霍尔果斯口岸')).toBe('');
  });
});

describe('addArticle', () => {
  it('writes content/articles/<slug>.md with validated front matter and the text byte for byte', () => {
    const added = addArticle(root, args(['--url', 'https://example.com/a?b=1&c=2', '--byline', 'Li Wei']));
    expect(added.path).toBe('content/articles/jeminay-port-1200-trucks-in-may.md');
    const text = readFileSync(join(root, added.path), 'utf8');
    const article = parseArticle(added.path, text);
    expect(article.body).toBe(TEXT);
    expect(article.data).toEqual({ title: 'Jeminay Port: 1,200 trucks in May', publisher: 'Example Daily', published: '2024-06', url: 'https://example.com/a?b=1&c=2', byline: 'Li Wei' });
  });

  it('never overwrites an existing file', () => {
    addArticle(root, args());
    writeFileSync(textFile, 'Another text entirely, 5 trains.\n');
    expect(() => addArticle(root, args())).toThrow('content/articles/jeminay-port-1200-trucks-in-may.md: file: already exists. Fix: pick another headline or pass --slug');
  });

  it('refuses a text that is already published, naming the file that has it', () => {
    const seedBody = parseArticle(SEED, readFileSync(SEED, 'utf8')).body;
    writeFileSync(textFile, `\n${seedBody.replace(/\n/g, '\r\n')}  \n`);
    expect(() => addArticle(root, args())).toThrow(`body: is already in ${SEED}. Fix: do not add the same article twice`);
  });

  it.each([
    [['--publisher', 'X', '--published', '2024-06'], 'add-article: title: is missing. Fix: pass --title "…"'],
    [['--title', 'A port', '--publisher', 'X', '--published', 'June 2024'], 'content/articles/a-port.md: published: "June 2024"'],
    [['--title', 'A port', '--publisher', 'X', '--published', '2024-06', '--url', 'javascript:alert(1)'], 'content/articles/a-port.md: url: '],
    [['--title', '霍尔果斯口岸', '--publisher', 'X', '--published', '2024-06'], 'slug: "" is not a slug (the title gives no Latin letters or digits). Fix: pass --slug'],
  ])('refuses bad front matter %#, naming the field', (flags, message) => {
    expect(() => addArticle(root, [textFile, ...flags])).toThrow(message);
  });

  it('refuses a binary text file', () => {
    writeFileSync(textFile, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(() => addArticle(root, args())).toThrow(`${textFile}: file: is binary, not text`);
  });

  it('refuses a saved web page with the way out, and converts it with --from-html', () => {
    const page = '<!doctype html><html><head><title>Jeminay</title></head><body><nav>Home</nav><h1>Trucks</h1><p>Jeminay Port handled 1,200&nbsp;trucks in May.</p><p>Trade rose 12&#37;.</p></body></html>';
    writeFileSync(textFile, page);
    expect(() => addArticle(root, args())).toThrow(`${textFile}: body: is HTML, not plain text (it has an HTML <!doctype html> tag). Fix: pass --from-html`);
    const { path } = addArticle(root, args(['--from-html']));
    const saved = parseArticle(path, readFileSync(join(root, path), 'utf8'));
    expect(saved.body).toBe('Trucks\n\nJeminay Port handled 1,200\u00a0trucks in May.\n\nTrade rose 12%.\n');
  });

  it('recognises an article already published when it comes back as a page with other quotes and spacing', () => {
    const seed = parseArticle(SEED, readFileSync(SEED, 'utf8'));
    const page = `<html><body>${seed.body.split(/\n\s*\n/).map((p) => `<p>${p.replace(/'/g, '\u2019').replace(/"/g, '&quot;')}</p>`).join('\n')}</body></html>`;
    writeFileSync(textFile, page);
    expect(() => addArticle(root, args(['--from-html']))).toThrow(`body: is already in ${SEED}`);
  });

  it('reads a relative path from where the editor ran npm, and names the folder when the file is not there', () => {
    const added = addArticle(root, ['incoming.txt', ...args().slice(1)], { cwd: root });
    expect(added.slug).toBe('jeminay-port-1200-trucks-in-may');
    expect(() => addArticle(root, ['missing.txt', ...args().slice(1)], { cwd: root })).toThrow(`missing.txt: text file: does not exist (looked for ${join(root, 'missing.txt')})`);
  });

  it('says the -- is missing when npm took the fields for its own options', () => {
    const env = { npm_config_title: 'Jeminay Port', npm_config_publisher: 'Example Daily' };
    expect(() => addArticle(root, [textFile], { env })).toThrow('add-article: title: reached npm, not add-article (the `--` after `npm run add-article` is missing). Fix: put -- before the file');
  });
});
