/**
 * Bad input makes `npm run build` exit non-zero with one line naming the
 * file, the field and the fix, and leaves what was published (dist/ and
 * src/generated/facts.json) exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';

const ARTICLE = 'content/articles/kashi-area-of-xinjiang-pilot-ftz-inaugurated.md';
const PREVIOUS_FACTS = '{"previous": true}\n';
const PREVIOUS_PAGE = '<!doctype html><p>previously published</p>\n';
let dir: string;

/** dist/ and the extracted data are what they were before the failed build, and nothing staged is left behind. */
function expectNothingPublished() {
  expect(readFileSync(join(dir, 'src/generated/facts.json'), 'utf8')).toBe(PREVIOUS_FACTS);
  expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(PREVIOUS_PAGE);
  expect(existsSync(join(dir, '.site/builds')) ? readdirSync(join(dir, '.site/builds')) : []).toEqual([]);
  expect(existsSync(join(dir, '.build.lock'))).toBe(false);
}

/** The build's error line: the one that names the file. */
function errorLine(result: { stderr: string }) {
  return result.stderr.split('\n').find((line) => line.startsWith('build failed: ')) ?? result.stderr;
}

function build() {
  return spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

function breakArticle(edit: (text: string) => string) {
  const path = join(dir, ARTICLE);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

beforeEach(() => {
  dir = copyProject('.', 'xj-build');
  mkdirSync(join(dir, 'src/generated'));
  writeFileSync(join(dir, 'src/generated/facts.json'), PREVIOUS_FACTS);
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), PREVIOUS_PAGE);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run build with a broken article', () => {
  it('names the file and the field when publisher is missing', () => {
    breakArticle((t) => t.replace(/^publisher: .*\n/m, ''));
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${ARTICLE}: publisher: is missing`);
    expectNothingPublished();
  });

  it('names the file and the field for an impossible date', () => {
    breakArticle((t) => t.replace(/^published: .*$/m, 'published: 2024-13-45'));
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`${ARTICLE}: published: "2024-13-45" .*Fix: write \`published: YYYY-MM-DD\``));
  });

  it('refuses an article whose body is a saved web page, in one line, and publishes nothing', () => {
    breakArticle((t) => t.replace(/\n---\n/, '\n---\n<html><body><p>').concat('</p></body></html>\n'));
    const result = build();
    expect(result.status).not.toBe(0);
    expect(errorLine(result)).toMatch(new RegExp(`^build failed: ${ARTICLE}: body: is HTML, not plain text \\(it has an HTML <html> tag\\)\\. Fix: .*--from-html`));
    expectNothingPublished();
  });
});

describe('npm run build with a dangling story reference', () => {
  it('fails, naming the file, the line and the missing fact id, and a focus that names nothing', () => {
    const story = join(dir, 'content/story/index.mdx');
    writeFileSync(story, `${readFileSync(story, 'utf8')}\nA figure: <Fact id="trade-value-nowhere-00000000"/>.\n<Step chart="freight-trains" focus="horgoss">x</Step>\n`);
    const lines = readFileSync(story, 'utf8').split('\n').length - 1;
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toContain(`content/story/index.mdx:${lines - 1}: <Fact id="trade-value-nowhere-00000000">: no extracted fact has this id`);
    expect(result.stderr + result.stdout).toContain(`content/story/index.mdx:${lines}: focus="horgoss": names no place, measure or fact`);
    // The site failed after the extraction succeeded: the staged data must not replace the published data.
    expectNothingPublished();
  });
});

describe('npm run build with a stale review', () => {
  it('fails, naming the review entry and the missing fact id, and keeps the previous data', () => {
    writeFileSync(join(dir, 'content/review.yaml'), '- fact: trade-value-kashgar-00000000\n  action: note\n  note: Checked.\n');
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('content/review.yaml: entry 1 (fact trade-value-kashgar-00000000): fact: trade-value-kashgar-00000000 matches no extracted fact');
    expectNothingPublished();
  });
});

describe('npm run build with a bad file in content/articles/', () => {
  const NEW = 'content/articles/new-port-report.md';
  const front = '---\ntitle: A new port report\npublisher: Example Daily\npublished: 2024-05-01\n---\n';
  it.each([
    ['a file without front matter', () => 'Horgos handled 7,000 trains.\n', `${NEW}: front matter: the file does not start with a \`---\` block. Fix: `],
    ['an unknown front-matter field', () => `${front.replace('---\n', '---\nauthorr: Li Wei\n')}Text.\n`, `${NEW}: authorr: is not a known front-matter field. Fix: `],
    ['an empty body', () => front, `${NEW}: body: the article has no text after the front matter. Fix: paste the article text`],
    ['non-UTF-8 bytes', () => Buffer.concat([Buffer.from(`${front}Caf`), Buffer.from([0xe9]), Buffer.from('\n')]), `${NEW}: file: is not UTF-8 (byte 0xE9 on line 6). Fix: `],
    ['a binary file', () => Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]), `${NEW}: file: is binary, not text`],
    ['a 10 MB file', () => `${front}${'The port grew. '.repeat(700_000)}`, `${NEW}: file: is 10.0 MB, more than the 1 MB an article may be. Fix: `],
  ])('refuses %s, naming the file and the fix', (_, content, message) => {
    writeFileSync(join(dir, NEW), content());
    const result = build();
    expect(result.status).not.toBe(0);
    expect(errorLine(result)).toContain(message);
    expectNothingPublished();
  });

  it('refuses a file that is not .md', () => {
    writeFileSync(join(dir, 'content/articles/notes.txt'), 'Remember to add the Horgos piece.');
    const result = build();
    expect(result.status).not.toBe(0);
    expect(errorLine(result)).toContain('content/articles/notes.txt: file name: is not a .md article file. Fix: rename it to <slug>.md');
    expectNothingPublished();
  });
});

