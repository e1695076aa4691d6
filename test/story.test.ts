/** The story's pure parts: references, source highlighting, step state, period labels. */
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../src/lib/format/format-period.ts';
import { activeStep, figureVisibility } from '../src/lib/story/scrolly-state.ts';
import { danglingRefs, storyRefs } from '../src/lib/load/story-refs.ts';
import { sourceParagraphs } from '../src/lib/story/source-text.ts';
import { factsOfSource } from '../src/lib/story/source-facts.ts';
import { fixtureFact } from './support/chart-fixture.ts';

describe('story references', () => {
  const mdx = 'Intro.\n\n<Step chart="freight-trains" focus="horgos">\nTrains: <Fact id="train-trips-horgos-1"/> and <Fact id="gone-123" part="change"/>.\n</Step>\n<Step chart="no-such-chart">x</Step>\n';

  it('finds fact and chart references with their lines', () => {
    expect(storyRefs(mdx)).toEqual([
      { kind: 'chart', id: 'freight-trains', line: 3 },
      { kind: 'fact', id: 'train-trips-horgos-1', line: 4 },
      { kind: 'fact', id: 'gone-123', line: 4 },
      { kind: 'chart', id: 'no-such-chart', line: 6 },
    ]);
  });

  it('ignores examples inside MDX comments but keeps line numbers', () => {
    const commented = '{/*\n  Use <Fact id="example"/> here.\n*/}\n<Fact id="real-1"/>';
    expect(storyRefs(commented)).toEqual([{ kind: 'fact', id: 'real-1', line: 4 }]);
  });

  it('ignores examples in fenced code blocks but keeps line numbers', () => {
    const fenced = 'How to cite:\n\n```mdx\n<Step chart="example-chart">\n```\n\n<Step chart="freight-trains">x</Step>';
    expect(storyRefs(fenced)).toEqual([{ kind: 'chart', id: 'freight-trains', line: 7 }]);
  });

  it('reports each dangling reference with the file, line, id and fix', () => {
    const errors = danglingRefs('content/story/index.mdx', mdx, new Set(['train-trips-horgos-1']), ['freight-trains']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^content\/story\/index\.mdx:4: <Fact id="gone-123">: no extracted fact has this id\. Fix: /);
    expect(errors[1]).toMatch(/^content\/story\/index\.mdx:6: chart="no-such-chart": unknown chart id\. Fix: use one of freight-trains/);
  });

  it('refuses a fact the publication gate holds back, with its reason and the fix', () => {
    const held = new Map([['train-trips-horgos-1', 'two places fit']]);
    const errors = danglingRefs('content/story/index.mdx', '<Fact id="train-trips-horgos-1"/>', new Set(['train-trips-horgos-1']), ['freight-trains'], held);
    expect(errors).toEqual([expect.stringMatching(/^content\/story\/index\.mdx:1: <Fact id="train-trips-horgos-1">: low confidence \(two places fit\) and not reviewed\. Fix: .*action: accept/)]);
  });
});

describe('source text highlighting', () => {
  const body = 'Byline: Staff\nTrade rose to 5 billion yuan in May.\n\nPorts handled 300 trucks.\n';
  const at = (text: string) => body.indexOf(text);

  it('marks every figure at its offsets and keeps the text verbatim', () => {
    const marks = [
      { anchor: 'fact-a', start: at('5 billion yuan'), end: at('5 billion yuan') + 14 },
      { anchor: 'fact-b', start: at('300 trucks'), end: at('300 trucks') + 10 },
      { anchor: 'fact-c', start: at('300 trucks'), end: at('300 trucks') + 10 },
    ];
    const paragraphs = sourceParagraphs(body, marks);
    expect(paragraphs.map((p) => p.parts.map((x) => x.text).join(''))).toEqual(['Byline: Staff', 'Trade rose to 5 billion yuan in May.', 'Ports handled 300 trucks.']);
    expect(paragraphs[1]!.parts.find((x) => x.anchor)).toEqual({ text: '5 billion yuan', anchor: 'fact-a' });
    // Two facts on one span: the second still gets an anchor, so its links resolve.
    expect(paragraphs[2]!.extraAnchors).toEqual(['fact-c']);
  });

  it('flags page furniture without hiding it', () => {
    const paragraphs = sourceParagraphs(body, []);
    expect(paragraphs.map((p) => p.furniture)).toEqual([true, false, false]);
  });
});

describe('scrolly step state', () => {
  const boxes = [{ top: -900, bottom: -100 }, { top: -100, bottom: 500 }, { top: 500, bottom: 1200 }];

  it('is the step crossing the middle of the viewport', () => {
    expect(activeStep(boxes, 800)).toBe(1);
  });

  it('depends only on positions, so a jump lands on the right step', () => {
    const jumped = boxes.map((b) => ({ top: b.top - 1000, bottom: b.bottom - 1000 }));
    expect(activeStep(jumped, 800)).toBe(2);
    expect(activeStep(boxes.map((b) => ({ top: b.top + 2000, bottom: b.bottom + 2000 })), 800)).toBe(0);
  });

  it('keeps the last step above the line when the line falls in a gap', () => {
    expect(activeStep([{ top: 0, bottom: 100 }, { top: 700, bottom: 900 }], 800)).toBe(0);
  });

  it('shows exactly one figure', () => {
    expect(figureVisibility(3, 1)).toEqual([false, true, false]);
  });
});

describe('period labels', () => {
  const words = { notStated: 'no period given', until: 'to' };
  const p = (start: string | null, end: string) => ({ start, end, label: 'x' });

  it.each([
    [p('2022-01-01', '2022-06-30'), 'H1 2022'],
    [p('2024-01-01', '2024-03-31'), 'Q1 2024'],
    [p('2023-01-01', '2023-10-31'), 'Jan–Oct 2023'],
    [p('2023-01-01', '2023-12-31'), '2023'],
    [p('2023-09-01', '2023-09-30'), 'September 2023'],
    [p(null, '2022-06-30'), 'to 30 June 2022'],
    [p('2022-07-16', '2022-07-16'), '16 July 2022'],
    [p('2022-07-12', '2022-07-15'), '12–15 July 2022'],
    [p('2022-06-28', '2022-07-02'), '28 June 2022–2 July 2022'],
  ])('%o → %s', (period, label) => {
    expect(formatPeriod(period, words)).toBe(label);
  });

  it('says when there is no period', () => {
    expect(formatPeriod(null, words)).toBe('no period given');
  });
});

describe('facts of a source', () => {
  const ev = (source: string, start: number) => ({ source, quote: 'q', start, end: start + 1, quoteStart: start });
  const facts = [
    fixtureFact({ id: 'late', kind: 'trade', measure: 'trade-value', value: 1, unit: 'CNY', evidence: [ev('a', 90)] }),
    fixtureFact({ id: 'other', kind: 'trade', measure: 'trade-value', value: 2, unit: 'CNY', evidence: [ev('b', 5)] }),
    fixtureFact({ id: 'early', kind: 'trade', measure: 'trade-value', value: 3, unit: 'CNY', evidence: [ev('b', 70), ev('a', 10)] }),
  ];

  it("lists only the source's facts, in the order their figures stand in it", () => {
    expect(factsOfSource(facts, 'a').map((f) => f.id)).toEqual(['early', 'late']);
    expect(factsOfSource(facts, 'b').map((f) => f.id)).toEqual(['other', 'early']);
    expect(factsOfSource(facts, 'c')).toEqual([]);
  });
});
