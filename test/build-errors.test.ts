/**
 * Bad front matter or a stale review makes `npm run build` exit non-zero with
 * a message naming the file and the field, and leaves the previously
 * extracted data untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ARTICLE = 'content/articles/kashi-area-of-xinjiang-pilot-ftz-inaugurated.md';
let dir: string;

function build() {
  return spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

function breakArticle(edit: (text: string) => string) {
  const path = join(dir, ARTICLE);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xj-build-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(entry, join(dir, entry), { recursive: true, filter: (p) => !p.includes('src/generated') });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'src/generated'));
  writeFileSync(join(dir, 'src/generated/facts.json'), '{"previous": true}\n');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run build with a broken article', () => {
  it('names the file and the field when publisher is missing', () => {
    breakArticle((t) => t.replace(/^publisher: .*\n/m, ''));
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${ARTICLE}: publisher: is missing`);
    expect(readFileSync(join(dir, 'src/generated/facts.json'), 'utf8')).toBe('{"previous": true}\n');
  });

  it('names the file and the field for an impossible date', () => {
    breakArticle((t) => t.replace(/^published: .*$/m, 'published: 2024-13-45'));
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`${ARTICLE}: published: "2024-13-45" .*Fix: write \`published: YYYY-MM-DD\``));
  });
});

describe('npm run build with a dangling story reference', () => {
  it('fails, naming the file, the line and the missing fact id', () => {
    const story = join(dir, 'content/story/index.mdx');
    writeFileSync(story, `${readFileSync(story, 'utf8')}\nA figure: <Fact id="trade-value-nowhere-00000000"/>.\n`);
    const lines = readFileSync(story, 'utf8').split('\n').length - 1;
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toContain(`content/story/index.mdx:${lines}: <Fact id="trade-value-nowhere-00000000">: no extracted fact has this id`);
  });
});

describe('npm run build with a stale review', () => {
  it('fails, naming the review entry and the missing fact id, and keeps the previous data', () => {
    writeFileSync(join(dir, 'content/review.yaml'), '- fact: trade-value-kashgar-00000000\n  action: note\n  note: Checked.\n');
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('content/review.yaml: entry 1 (fact trade-value-kashgar-00000000): fact: trade-value-kashgar-00000000 matches no extracted fact');
    expect(readFileSync(join(dir, 'src/generated/facts.json'), 'utf8')).toBe('{"previous": true}\n');
  });
});

