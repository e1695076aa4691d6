/**
 * The review desk: its queue, its decisions as review.yaml entries, and, in a
 * pseudo-terminal with real keystrokes, `npm run review` end to end, with an
 * accepted correction that survives a rebuild. Articles written for this test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import { buildFacts } from '../../src/lib/pipeline/build-facts.ts';
import { parseReview } from '../../src/lib/review/parse-review.ts';
import { parseCorrection, runReviewDesk, type DeskAction, type DeskPrompts } from '../../src/lib/review/review-desk.ts';
import { reviewQueue } from '../../src/lib/review/review-queue.ts';
import type { Article, FactsFile, Place } from '../../src/schema.ts';

const places: Place[] = [
  { id: 'xinjiang', name: 'Xinjiang', aliases: [], kind: 'region', lat: 41, lon: 85, coordSource: 'test', curated: true },
  { id: 'horgos', name: 'Horgos', aliases: [], kind: 'city', parent: 'xinjiang', lat: 44.2, lon: 80.4, coordSource: 'test', curated: true },
  { id: 'hami', name: 'Hami', aliases: [], kind: 'city', parent: 'xinjiang', lat: 42.8, lon: 93.5, coordSource: 'test', curated: true },
];
const article: Article = {
  id: 'a', path: 'content/articles/a.md', data: { title: 'Trains grow', publisher: 'Example Daily', published: '2025-03-02' },
  body: 'In 2024, Horgos handled 7,300 trains.\n\nThe port opened 12 routes.\n\nIn 2024, Horgos drew investment of 4 billion yuan.\n\nOn that day, 30 trucks crossed.\n',
};

/** Prompts that answer from a script, in order. */
function scripted(answers: Array<DeskAction | string>): DeskPrompts {
  const next = () => {
    const a = answers.shift();
    if (a === undefined) throw new Error('the desk asked more than the script answers');
    return a;
  };
  return {
    action: async () => next() as DeskAction,
    field: async () => next() as never,
    text: async (_m, validate) => {
      const a = next();
      const ok = validate(a);
      if (ok !== true) throw new Error(`refused: ${ok}`);
      return a;
    },
  };
}

describe('the review queue and its decisions', () => {
  const data = buildFacts([article], places);

  it('puts unreviewed low-confidence facts first and leaves out what review.yaml already decided', () => {
    const queue = reviewQueue(data.facts, []);
    expect(queue[0]!.confidence).toBe('low');
    expect(queue.map((f) => f.confidence)).toEqual([...queue.map((f) => f.confidence)].sort((a, b) => (a === b ? 0 : a === 'low' ? -1 : 1)));
    expect(reviewQueue(data.facts, [{ fact: queue[0]!.id, action: 'accept' }]).map((f) => f.id)).not.toContain(queue[0]!.id);
  });

  it('reads corrections as typed, and refuses a place or a whole that does not exist', () => {
    expect(parseCorrection('value', '7,400', data)).toEqual({ value: 7400 });
    expect(parseCorrection('period', '2024-01-01..2024-06-30 first half of 2024', data)).toEqual({ value: { start: '2024-01-01', end: '2024-06-30', label: 'first half of 2024' } });
    expect(parseCorrection('place', 'none', data)).toEqual({ value: null });
    expect(parseCorrection('place', 'atlantis', data)).toEqual({ error: expect.stringContaining('no place has the id "atlantis"') });
    expect(parseCorrection('partOf', 'no-such-fact', data)).toEqual({ error: expect.stringContaining('no fact has the id') });
    expect(parseCorrection('status', 'rumoured', data)).toMatchObject({ error: expect.any(String) });
    expect(parseCorrection('value', '', data)).toEqual({ error: 'type the new value' });
    expect(parseCorrection('place', '  ', data)).toEqual({ error: 'type the new place, or none to clear it' });
    expect(parseCorrection('place', 'none', data)).toEqual({ value: null });
  });

  it('writes each decision at once, and the build applies them', async () => {
    let file = '# Reviews\n[]\n';
    const [low, next, last] = reviewQueue(data.facts, []);
    const written = await runReviewDesk({
      data, reviewPath: 'content/review.yaml', readReview: () => file, writeReview: (t) => { file = t; }, log: () => {}, color: false, list: false,
      prompts: scripted(['correct', 'place', 'horgos', 'The port is Horgos.', 'reject', 'Not a figure.', 'quit']),
    });
    expect(written).toBe(2);
    expect(file.startsWith('# Reviews\n')).toBe(true);
    const entries = parseReview('content/review.yaml', file);
    expect(entries).toEqual([
      { fact: low!.id, action: 'correct', set: { place: 'horgos' }, note: 'The port is Horgos.' },
      { fact: next!.id, action: 'reject', note: 'Not a figure.' },
    ]);
    const rebuilt = buildFacts([article], places, entries);
    expect(rebuilt.facts.find((f) => f.id === low!.id)).toMatchObject({ place: 'horgos', review: { status: 'corrected' } });
    expect(rebuilt.facts.map((f) => f.id)).not.toContain(next!.id);
    expect(rebuilt.facts.map((f) => f.id)).toContain(last!.id);
  });
});

describe('npm run review in a pseudo-terminal', () => {
  let dir: string;
  const run = (args: string[]) => spawnSync('npm', ['run', ...args], { cwd: dir, encoding: 'utf8' });

  beforeAll(() => {
    dir = copyProject('.', 'xj-review');
    rmSync(join(dir, 'content/articles'), { recursive: true });
    mkdirSync(join(dir, 'content/articles'));
    writeFileSync(join(dir, 'content/articles/a.md'), `---\ntitle: Trains grow\npublisher: Example Daily\npublished: 2025-03-02\n---\n${article.body}`);
    // The project's own reviews name facts of the seeds, which this copy does not have.
    writeFileSync(join(dir, 'content/review.yaml'), '# Reviews\n[]\n');
    const extracted = run(['extract']);
    expect(extracted.status, extracted.stderr).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `npm run review` under `script`, which gives it a terminal; types each key once the screen shows what it waits for. */
  function session(steps: Array<[waitFor: RegExp, keys: string]>): Promise<{ code: number | null; screen: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('script', ['-qfec', 'npm run review', '/dev/null'], { cwd: dir, env: { ...process.env, TERM: 'dumb', NO_COLOR: '1' } });
      let screen = '';
      let seen = 0;
      const timer = setTimeout(() => { child.kill(); reject(new Error(`timed out waiting for ${steps[0]?.[0]}; screen:\n${screen.slice(-1500)}`)); }, 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        screen += chunk.toString('utf8');
        const step = steps[0];
        if (step && step[0].test(screen.slice(seen))) {
          steps.shift();
          seen = screen.length;
          child.stdin.write(step[1]);
        }
      });
      child.on('close', (code) => { clearTimeout(timer); resolve({ code, screen }); });
    });
  }

  it('accepts, corrects and quits with real keystrokes; a re-run skips what was reviewed, and the correction survives a rebuild', async () => {
    const listed = run(['review', '--', '--list']);
    expect(listed.status, listed.stderr).toBe(0);
    const queue = [...listed.stdout.matchAll(/^\d+\/\d+ {2}(\S+)/gm)].map((m) => m[1]!);
    expect(queue.length).toBeGreaterThanOrEqual(3);
    expect(listed.stdout).toMatch(/\[\[.+\]\]/);

    const first = await session([
      [/Accept, correct/, 'a\r'],
      [/Accept, correct/, 'c\r'],
      [/Which field/, '\r'],
      [/New place/, 'hami\r'],
      [/Note/, 'Checked against the release.\r'],
      [/Accept, correct/, 'q\r'],
    ]);
    expect(first.code, first.screen.slice(-800)).toBe(0);
    expect(first.screen).toContain('2 decision(s) written to content/review.yaml');
    const entries = parseReview('content/review.yaml', readFileSync(join(dir, 'content/review.yaml'), 'utf8'));
    expect(entries).toEqual([
      { fact: queue[0], action: 'accept' },
      { fact: queue[1], action: 'correct', set: { place: 'hami' }, note: 'Checked against the release.' },
    ]);

    const again = run(['review', '--', '--list']);
    expect(again.stdout).not.toContain(` ${queue[0]}  `);
    expect(again.stdout).toContain(` ${queue[2]}  `);

    const rebuilt = run(['extract']);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, 'src/generated/facts.json'), 'utf8')) as FactsFile;
    expect(data.facts.find((f) => f.id === queue[1])).toMatchObject({ place: 'hami', places: ['hami'], review: { status: 'corrected', note: 'Checked against the release.' } });
    expect(data.facts.find((f) => f.id === queue[0])!.review).toMatchObject({ status: 'accepted' });
  });
});
