/**
 * Issue 15's examples on the seeds, as the graphics editor found them: each
 * figure is what kind of claim it is. Examples, not rules: the mechanisms are
 * tested on invented sentences in claims.test.ts, and `status` is scored on
 * the whole corpus by `npm run accuracy`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/lib/article/read-articles.ts';
import { buildFacts } from '../src/lib/pipeline/build-facts.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import type { Fact } from '../src/schema.ts';

const places = parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8'));
const { facts } = buildFacts(readArticles('.'), places);
/** The fact read from the printed figure `printed` in the sentence that contains `words`. */
const read = (words: string, printed: string): Fact => {
  const found = facts.filter((f) => f.evidence.some((e) => e.quote.includes(words) && e.quote.slice(e.start - e.quoteStart, e.end - e.quoteStart).includes(printed)));
  expect(found, `${printed} in "${words}"`).toHaveLength(1);
  return found[0]!;
};

describe('the seeds, claim by claim', () => {
  it('reads a forecast as expected and plans as planned', () => {
    expect(read('is expected to complete a government investment', '615 million yuan').status).toBe('expected');
    expect(read('We will invest in 59 aid projects', '59 aid projects').status).toBe('planned');
    expect(read('it plans to invest 1', '1 billion yuan')).toMatchObject({ status: 'planned', scope: 'company' });
  });

  it("makes the smart logistics port's 1 billion a part of the 37 projects' total", () => {
    const total = read('the total planned investment in 37 major projects', '3 billion yuan');
    expect(read('first phase of the smart logistics port project', '1 billion yuan')).toMatchObject({ partOf: total.id, scope: 'project' });
  });

  it("gives the freezer maker's revenue the company's scope, and the park's jobs one fact in one place", () => {
    expect(read('the company produced more than 3,000 freezers', '3.52 million yuan').scope).toBe('company');
    const jobs = facts.filter((f) => f.unit === 'jobs' && f.value === 1500);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ place: 'horgos', scope: 'project' });
    expect(new Set(jobs[0]!.evidence.map((e) => e.source)).size).toBe(2);
  });

  it('warns that the acres of a translated text may be mu', () => {
    expect(read('covers an area of 567.39 acres', '567.39 acres')).toMatchObject({ confidence: 'low', warnings: [expect.stringContaining('mu')] });
  });
});
