/**
 * Pathological articles: long runs of spaces, thousands of numbers on one
 * line, deep brackets, long tokens, many quote marks. Reading them must be
 * linear in their length. The work is counted, not timed: every call into a
 * regular expression is charged the characters it scans, so a
 * pattern run from each figure over the whole sentence shows up as work that
 * grows with the square of the length, on any machine. (A pattern that
 * backtracks inside one call is not charged; `attribution.test.ts` checks the
 * one that did, and `npm run bench` prints each input's reading speed.)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../src/lib/extract/extract-article.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { MAX_SENTENCE } from '../src/lib/extract/segment.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import type { Article } from '../src/schema.ts';
import { PATHOLOGICAL_INPUTS } from '../scripts/bench/pathological-inputs.ts';

const finder = createPlaceFinder(parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8')));
const article = (body: string): Article => ({ id: 'fuzz', path: 'content/articles/fuzz.md', body, data: { title: 'Trade at the Horgos port', publisher: 'Example Wire', published: '2024-05-01' } }) as Article;

const INPUTS = PATHOLOGICAL_INPUTS;

let charged = 0;
const exec = RegExp.prototype.exec;
beforeAll(() => {
  // test, match, matchAll, replace, split and search all reach a regular expression through exec.
  // Each call is charged the stretch it scans: from where it starts to the end of its match, or to the end of the text.
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const found = exec.call(this, text);
    charged += Math.max(0, (found ? found.index + found[0].length : text.length) - from);
    return found;
  };
});
afterAll(() => {
  RegExp.prototype.exec = exec;
});

/** Characters charged per character of input, and the facts read. */
function workPerChar(body: string) {
  charged = 0;
  const reading = readArticle(article(body), finder);
  return { perChar: charged / body.length, facts: reading.facts };
}

describe('pathological input', () => {
  it.each(Object.keys(INPUTS))('reads %s in work linear in its length', (name) => {
    const small = workPerChar(INPUTS[name]!(4000));
    const large = workPerChar(INPUTS[name]!(16000));
    // Linear: the work per character stays the same as the input grows fourfold (quadratic work would quadruple it).
    expect(large.perChar).toBeLessThan(small.perChar * 1.5 + 5);
    for (const fact of large.facts) for (const e of fact.evidence) expect(e.quote.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('charges a pattern run from every figure over the whole line (the guard can fail)', () => {
    const line = (n: number) => Array.from({ length: n }, (_, i) => `${i} trains`).join(', ');
    const quadratic = (text: string) => {
      charged = 0;
      for (const m of text.matchAll(/\d+/g)) /said/.test(text.slice(m.index));
      return charged / text.length;
    };
    expect(quadratic(line(1600))).toBeGreaterThan(quadratic(line(400)) * 3);
  });
});

describe('a line too long to read whole', () => {
  it('is cut after a comma or a semicolon that a space follows, never inside a number or between a number and its word', async () => {
    const { splitLong } = await import('../src/lib/extract/segment.ts');
    // The last comma inside the first 1,000 characters is the one in "12,500": the cut must not fall there.
    const line = `${'Horgos handled trains, '.repeat(38)}and 12,500 tonnes of cargo moved through 1.2 billion yuan of trade${' more words'.repeat(10)}.`;
    const pieces = splitLong(line, 100);
    expect(pieces.map((p) => p.text).join('')).toBe(line);
    expect(pieces.every((p) => p.text.length <= MAX_SENTENCE)).toBe(true);
    expect(pieces.some((p) => p.text.includes('12,500 tonnes'))).toBe(true);
    expect(pieces.some((p) => p.text.includes('1.2 billion'))).toBe(true);
    expect(pieces[1]!.at).toBe(100 + pieces[0]!.text.length);
  });
});
