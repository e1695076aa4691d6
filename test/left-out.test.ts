/** The numbers an article prints that are not figures, and why; and how a source page marks every number. Invented sentences. */
import { describe, expect, it } from 'vitest';
import { numberTokens, whyLeftOut } from '../src/lib/extract/left-out.ts';
import { findPeriods } from '../src/lib/extract/periods.ts';
import { numberMarks } from '../src/lib/story/number-marks.ts';
import { fixtureFact } from './support/chart-fixture.ts';

const reason = (text: string, printed: string) => {
  const token = numberTokens(text).find((t) => text.slice(t.start, t.end) === printed);
  if (!token) throw new Error(`no token ${printed} in ${text}`);
  return whyLeftOut(text, token, findPeriods(text, '2024-05-01'));
};

describe('numbers left out', () => {
  it('finds digits glued to letters and number words above one, but not the article "one"', () => {
    const text = 'One of the G30 trucks left; two more and 5G masts followed.';
    expect(numberTokens(text).map((t) => text.slice(t.start, t.end))).toEqual(['30', 'two', '5']);
  });

  it('gives each kind of number its reason', () => {
    expect(reason('The depot opened on March 3, 2021 near the river.', '2021')).toBe('date');
    expect(reason('Trucks use the G30 highway.', '30')).toBe('identifier');
    expect(reason('The port installed 5G masts.', '5')).toBe('identifier');
    expect(reason('Cargo waits at Gate 4 overnight.', '4')).toBe('identifier');
    expect(reason('It was the 14th meeting of the council.', '14')).toBe('ordinal');
    expect(reason('Trade between the two ports grew.', 'two')).toBe('reference');
    expect(reason('The plan is called "one hub, three lanes" locally.', 'three')).toBe('name');
    expect(reason('Drivers come back three times a month.', 'three')).toBe('no-measure');
  });
});

describe('a source page\'s number marks', () => {
  const body = 'Header line\n\nTrade reached 40 billion yuan, up 12% on 2023, at Gate 7.\n';
  const start = body.indexOf('40 billion yuan');
  const quoteStart = body.indexOf('Trade');
  const quote = body.slice(quoteStart, body.indexOf('\n', quoteStart));
  const fact = fixtureFact({ id: 'trade-1', kind: 'trade', measure: 'trade-value', value: 40e9, unit: 'CNY', change: { value: 12, unit: 'percent', basis: 'year-on-year' } });
  const withEvidence = { ...fact, evidence: [{ source: 's', quote, start, end: start + 15, quoteStart }] };
  const covered = [{ anchor: 'fact-trade-1', start, end: start + 15 }];

  it('marks a number a figure beside it prints as part of that figure, and every other number with its reason', () => {
    const marks = numberMarks(body, [withEvidence], 's', covered, '2024-05-01');
    const printed = marks.map((m) => ({ text: body.slice(m.start, m.end), partOf: m.partOf, leftOut: m.leftOut }));
    expect(printed).toEqual([
      { text: '12', partOf: 'trade-1', leftOut: undefined },
      { text: '2023', partOf: undefined, leftOut: 'date' },
      { text: '7', partOf: undefined, leftOut: 'identifier' },
    ]);
  });

  it('never marks inside a figure already marked, and marks a figure printed again as that figure\'s', () => {
    const again = 'Trade reached 40 billion yuan. The 40 billion yuan was a record.';
    const second = again.lastIndexOf('40 billion yuan');
    const twice = { ...fact, evidence: [{ source: 's', quote: again, start: 14, end: 29, quoteStart: 0 }, { source: 's', quote: again, start: second, end: second + 15, quoteStart: 0 }] };
    const marks = numberMarks(again, [twice], 's', [{ anchor: 'fact-trade-1', start: 14, end: 29 }], '2024-05-01');
    expect(marks).toEqual([{ start: second, end: second + 15, partOf: 'trade-1' }]);
  });

  it('reads no number in page furniture', () => {
    const marks = numberMarks('Share 12 Print 3\n\nNothing here.', [], 's', [], '2024-05-01');
    expect(marks.filter((m) => m.start < 16)).toEqual([]);
  });
});
