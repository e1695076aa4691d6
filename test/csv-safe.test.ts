/** CSV exports never hand a spreadsheet a formula (OWASP CSV injection), and keep real signed figures readable. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { safeCsvCell } from '../src/lib/exports/csv-safe.ts';
import { factsCsv } from '../src/lib/exports/facts-csv.ts';
import { FactsFile } from '../src/schema.ts';
import { FIXTURE_SOURCES, fixtureFact } from './support/chart-fixture.ts';

describe('safeCsvCell', () => {
  it('defuses text a spreadsheet would run', () => {
    for (const cell of ['=HYPERLINK("http://evil.example","x")', '+cmd|"/c calc"!A1', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1']) expect(safeCsvCell(cell)).toBe(`'${cell}`);
  });

  it('leaves signed figures, numbers and ordinary text as they are', () => {
    for (const cell of ['+12.5%', '-3', '-1,200.5', '+45%', 'Horgos', '12 trains', '']) expect(safeCsvCell(cell)).toBe(cell);
    expect(safeCsvCell(-5)).toBe(-5);
  });
});

describe('the facts CSV', () => {
  it('defuses a formula in a quote or a subject and keeps the value column numeric', () => {
    const fact = fixtureFact({ id: 'x-1', kind: 'trade', measure: 'trade-value', value: -5, unit: 'CNY', subject: '=1+1', evidence: [{ source: FIXTURE_SOURCES[0]!.id, quote: '@SUM(A1) was the figure', start: 0, end: 4, quoteStart: 0 }] });
    const csv = factsCsv(FactsFile.parse({ version: 1, sources: FIXTURE_SOURCES, places: [], facts: [fact], conflicts: [], events: [] }));
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row!.subject).toBe("'=1+1");
    expect(row!.quote).toBe("'@SUM(A1) was the figure");
    expect(row!.value).toBe('-5');
  });
});
