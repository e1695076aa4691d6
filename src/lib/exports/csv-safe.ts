/**
 * Cells that a spreadsheet would run as a formula (OWASP, "CSV Injection"):
 * a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is written with a leading `'`, which spreadsheets show as text and
 * drop. A signed number as printed (`+12.5%`, `-3`, `-1,200.5`) stays as it
 * is: it computes nothing but itself, and readers expect to see it so.
 * Numbers written as numbers are never touched.
 */
const FORMULA_START_RE = /^[=+\-@\t\r]/;
const SIGNED_NUMBER_RE = /^[+-]\d[\d,]*(?:\.\d+)?%?$/;

/** `cell`, made safe to open in a spreadsheet. */
export function safeCsvCell<T extends string | number>(cell: T): T | string {
  if (typeof cell !== 'string' || !FORMULA_START_RE.test(cell) || SIGNED_NUMBER_RE.test(cell)) return cell;
  return `'${cell}`;
}
