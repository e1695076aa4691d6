/**
 * The rule every chart row obeys, checked from the rows alone, as an outside
 * tool reading `/data/<chart-id>.json` would: rows that share a panel share
 * measure, unit, status and kind of period; a bar panel has two rows or
 * more; a growth rate is never a bar. Returns what breaks the rule.
 */
type Row = Record<string, unknown>;

const MARKS = new Set(['bar', 'line', 'dot', 'number', 'event', 'map']);

export function panelProblems(rows: readonly Row[]): string[] {
  const problems: string[] = [];
  const panels = new Map<string, Row[]>();
  for (const row of rows) {
    if (typeof row.panel !== 'string' || row.panel === '') problems.push(`${String(row.id)}: no panel`);
    if (!MARKS.has(String(row.mark))) problems.push(`${String(row.id)}: mark "${String(row.mark)}"`);
    if (!('status' in row)) problems.push(`${String(row.id)}: no status`);
    panels.set(String(row.panel), [...(panels.get(String(row.panel)) ?? []), row]);
  }
  for (const [panel, members] of panels) {
    for (const field of ['measure', 'unit', 'status', 'periodKind', 'scope']) {
      const values = new Set(members.map((r) => JSON.stringify(r[field] ?? null)));
      if (values.size > 1) problems.push(`${panel}: rows differ in ${field} (${[...values].join(', ')})`);
    }
    const bars = members.filter((r) => r.mark === 'bar');
    if (bars.length === 1) problems.push(`${panel}: a bar panel of one row`);
    for (const r of bars) if (r.unit === 'percent' && /growth$/.test(String(r.measure))) problems.push(`${panel}: growth rate ${String(r.id)} drawn as a bar`);
    if (members.some((r) => r.mark === 'number') && members.length > 1) problems.push(`${panel}: a number card panel of ${members.length} rows`);
  }
  return problems;
}
