/** A YAML mistake in any file the project reads names the file and the line it is on. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/article/parse-article.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import { loadYaml } from '../src/lib/load/load-yaml.ts';
import { parseReview } from '../src/lib/review/parse-review.ts';
import { parseYaml } from '../src/lib/yaml/parse-yaml.ts';
import { SiteCopy } from '../src/schema.ts';

const BOMB = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nf: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';

describe('YAML errors', () => {
  it('give the line of the mistake, not line 1', () => {
    expect(parseYaml('a: 1\nb: 2\nb: 3\n')).toEqual({ problem: { line: 3, message: 'Map keys must be unique' } });
  });

  it("in an article's front matter, count the file's lines", () => {
    // Line 1 is `---`; the bad line is the file's fourth.
    expect(() => parseArticle('content/articles/x.md', '---\ntitle: A\npublisher: P\ntitle: B\n---\nText.\n')).toThrow(/^content\/articles\/x\.md: front matter: YAML error on line 4: Map keys must be unique\. Fix: /);
  });

  it('in the gazetteer, the review file and the copy, name the file and the line', () => {
    expect(() => parseGazetteer('content/gazetteer.yaml', '- id: horgos\n  name: Horgos\n  kind: [city\n')).toThrow(/^content\/gazetteer\.yaml:\d+: .*Fix: correct the YAML there/);
    expect(() => parseReview('content/review.yaml', '- fact: a\n  action: note\n  note: x\n  note: y\n')).toThrow(/^content\/review\.yaml:4: not valid YAML: Map keys must be unique/);
    const dir = mkdtempSync(join(tmpdir(), 'xj-yaml-'));
    try {
      writeFileSync(join(dir, 'site.yaml'), 'title: A\ntitle: B\n');
      expect(() => loadYaml(join(dir, 'site.yaml'), SiteCopy)).toThrow(`${join(dir, 'site.yaml')}:2: Map keys must be unique. Fix: correct the YAML there`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse an alias bomb, naming the file', () => {
    expect(parseYaml(BOMB)).toEqual({ problem: expect.objectContaining({ message: expect.stringMatching(/more than 100 aliases/) }) });
    expect(() => parseGazetteer('content/gazetteer.yaml', BOMB)).toThrow(/^content\/gazetteer\.yaml:1: more than 100 aliases/);
    expect(() => parseArticle('content/articles/x.md', `---\n${BOMB}---\nText.\n`)).toThrow(/^content\/articles\/x\.md: front matter: YAML error on line 2: more than 100 aliases/);
  });
});

describe('the gazetteer and the review file', () => {
  const place = (id: string, parent?: string, extra = '') => `- id: ${id}\n  name: ${id}\n  aliases: []\n  kind: city\n${parent ? `  parent: ${parent}\n` : ''}  lat: 44\n  lon: 80\n  coordSource: test\n  curated: true\n${extra}`;

  it('refuse a misspelt place field and parents that go round in a circle', () => {
    expect(() => parseGazetteer('content/gazetteer.yaml', place('a', undefined, '  alias: [b]\n'))).toThrow(/^content\/gazetteer\.yaml: entry a: .*alias/);
    expect(() => parseGazetteer('content/gazetteer.yaml', place('a', 'b') + place('b', 'c') + place('c', 'a'))).toThrow(/entry a: parent: the parents go round in a circle \(a → b → c → a\)\. Fix:/);
    expect(parseGazetteer('content/gazetteer.yaml', place('a', 'b') + place('b'))).toHaveLength(2);
  });

  it('refuses two review entries of one action for one fact, which would let the last win unseen', () => {
    expect(() => parseReview('content/review.yaml', '- fact: t-1\n  action: note\n  note: a\n- fact: t-2\n  action: accept\n- fact: t-1\n  action: note\n  note: b\n')).toThrow(
      'content/review.yaml: entries 1 and 3 both note fact t-1. Fix: merge them into one entry (one note per fact)',
    );
    expect(parseReview('content/review.yaml', '- fact: t-1\n  action: accept\n- fact: t-1\n  action: note\n  note: Checked.\n')).toHaveLength(2);
    expect(() => parseReview('content/review.yaml', '- fact: t-1\n  action: accept\n- fact: t-1\n  action: reject\n  note: Wrong place.\n')).toThrow(
      'content/review.yaml: fact t-1 is both rejected and accepted. Fix: keep the one you mean',
    );
  });
});
