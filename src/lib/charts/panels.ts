/**
 * Panels: one comparison each. Rows drawn on one scale share their measure,
 * unit, status, scope and kind of period, so a half-year count never stands
 * beside a running total, a plan beside money in place, nor dollars beside
 * yuan. Within that:
 *
 * - a place with the same measure over {@link SERIES_MIN} or more periods
 *   gets a `line` panel of its own: the series grows as editors add articles;
 * - two or more other rows share a `bar` panel, unless one's place contains another's;
 * - a row with nothing comparable beside it, or a growth rate or share, is a `number` card.
 *
 * Panel ids are stable words (`bar:train-trips:trains:actual:place:6m`), so
 * outside tools reading `/data/<chart-id>.json` can check the rule themselves.
 */
import type { UiLabels } from '../../schema.ts';
import type { FactDraft, FactRow } from './fact-rows.ts';
import { unitName } from '../format/format-value.ts';
import { periodKindLabel } from './period-kind.ts';

/** A place needs figures for this many periods before the chart draws them as a line. */
export const SERIES_MIN = 3;

type PanelMark = 'line' | 'bar' | 'number';
const MARK_ORDER: readonly PanelMark[] = ['line', 'bar', 'number'];
/** Results before running totals, forecasts, plans and aims: money in place leads, promises follow. */
const STATUS_ORDER: readonly string[] = ['actual', 'cumulative', 'expected', 'planned', 'target'];

interface Draft { mark: PanelMark; key: string; id: string; rows: FactDraft[]; series: string | null }

/** What rows must share to share a scale. */
export function panelKey(row: FactDraft): string {
  return [row.measure, row.unit, row.status, row.scope, row.periodKind].join(':');
}

/**
 * A growth rate or a share reported on its own is read with its level, never
 * as a bar: two shares of one measure are shares of different wholes
 * (trade with Central Asia, trade with ASEAN).
 */
export function isRatio(row: FactDraft): boolean {
  return row.unit === 'percent' && /(^|-)(growth|share)$/.test(row.measure);
}

/** Whether one place's rows of one panel key make a series: periods of one length, {@link SERIES_MIN} of them or more. */
export function isSeries(rows: readonly FactDraft[]): boolean {
  return rows.length > 0 && rows[0]!.periodKind !== 'none' && new Set(rows.map((r) => r.periodEnd)).size >= SERIES_MIN;
}

export const placeKey = (row: FactDraft) => row.placeIds.join('+') || row.place;

/** One row per period is on the line: the one most sources report (then by id); other values for that period are dots. */
function seriesMarks(rows: readonly FactDraft[]): Map<FactDraft, 'line' | 'dot'> {
  const marks = new Map<FactDraft, 'line' | 'dot'>();
  for (const same of Map.groupBy(rows, (r) => r.periodEnd ?? '').values()) {
    const [first, ...others] = [...same].sort((a, b) => b.sources.length - a.sources.length || a.id.localeCompare(b.id));
    marks.set(first!, 'line');
    for (const other of others) marks.set(other, 'dot');
  }
  return marks;
}

/** Whether place `part` lies within place `whole` (a zone in its prefecture, a port in the region). */
export type Within = (part: string, whole: string) => boolean;

const card = (key: string, row: FactDraft): Draft => ({ mark: 'number', key, id: `number:${key}:${row.id}`, rows: [row], series: null });

/**
 * A region's figure is not drawn beside a figure for a place inside it: the
 * bar would compare a whole with its part. The wholes become cards.
 */
function splitWholes(rows: readonly FactDraft[], within: Within): { parts: FactDraft[]; wholes: FactDraft[] } {
  const isWhole = (row: FactDraft) => rows.some((other) => other !== row && row.placeIds.some((w) => other.placeIds.some((p) => p !== w && within(p, w))));
  return { parts: rows.filter((r) => !isWhole(r)), wholes: rows.filter(isWhole) };
}

/**
 * Rows a reader could not tell apart on a bar (one place, one period, one
 * source: a figure and the one it replaced, "from five hours to one") are
 * cards, each with its own sentence behind it.
 */
function splitAlike(rows: readonly FactDraft[]): { distinct: FactDraft[]; alike: FactDraft[] } {
  const identity = (r: FactDraft) => [placeKey(r), r.periodStart, r.periodEnd, r.credit].join('|');
  const counts = Map.groupBy(rows, identity);
  const alone = (r: FactDraft) => counts.get(identity(r))!.length === 1;
  return { distinct: rows.filter(alone), alike: rows.filter((r) => !alone(r)) };
}

function drafts(rows: readonly FactDraft[], within: Within): Draft[] {
  const panels: Draft[] = [];
  for (const [key, members] of Map.groupBy(rows, panelKey)) {
    if (isRatio(members[0]!)) {
      for (const row of members) panels.push(card(key, row));
      continue;
    }
    const rest: FactDraft[] = [];
    for (const [place, ofPlace] of Map.groupBy(members, placeKey)) {
      if (isSeries(ofPlace)) {
        panels.push({ mark: 'line', key, id: `line:${key}:${place}`, rows: ofPlace, series: ofPlace[0]!.place });
      } else rest.push(...ofPlace);
    }
    const { parts, wholes } = splitWholes(rest, within);
    const { distinct, alike } = splitAlike(parts);
    if (distinct.length >= 2) panels.push({ mark: 'bar', key, id: `bar:${key}`, rows: distinct, series: null });
    else panels.push(...distinct.map((row) => card(key, row)));
    panels.push(...wholes.map((row) => card(key, row)), ...alike.map((row) => card(key, row)));
  }
  return panels;
}

/** The panel's heading: the measure (with its unit where the chart holds it in two), the series' place, and what else its rows share. */
function heading(panel: Draft, multiUnit: boolean, labels: UiLabels): string {
  const first = panel.rows[0]!;
  // A series prints bare numbers at its points, so its heading names the unit unless the measure does.
  const unit = unitName(first.unit);
  const named = first.measureLabel.toLowerCase().includes(unit.replace(/s$/, '').toLowerCase());
  const base = multiUnit || (panel.mark === 'line' && !named) ? `${first.measureLabel} (${unit})` : first.measureLabel;
  const status = first.status === 'actual' ? null : labels.statuses[first.status];
  return [
    panel.series ? `${base}, ${panel.series}` : base,
    // `Planned investment` needs no `planned` after it.
    status && !first.measureLabel.toLowerCase().includes(status.toLowerCase()) ? status : null,
    first.scope === 'place' ? null : labels.panelScopes[first.scope],
    // A card states its own period; a panel of several says what kind they all are.
    panel.mark === 'number' ? null : periodKindLabel(first.periodKind, labels.periodKinds),
  ].filter(Boolean).join(' · ');
}

function ordered(panel: Draft): FactDraft[] {
  if (panel.mark !== 'line') return [...panel.rows].sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  return [...panel.rows].sort((a, b) => (a.periodEnd ?? '').localeCompare(b.periodEnd ?? '') || a.id.localeCompare(b.id));
}

/**
 * The rows on their panels, panel by panel: series first, then bar panels,
 * then cards, each results first and then by measure; bars largest first, a series in time order.
 */
export function inPanels(rows: readonly FactDraft[], labels: UiLabels, within: Within = () => false): FactRow[] {
  const units = new Map<string, Set<string>>();
  for (const row of rows) units.set(row.measure, (units.get(row.measure) ?? new Set()).add(row.unit));
  const panels = drafts(rows, within).sort((a, b) =>
    MARK_ORDER.indexOf(a.mark) - MARK_ORDER.indexOf(b.mark)
    || STATUS_ORDER.indexOf(a.rows[0]!.status) - STATUS_ORDER.indexOf(b.rows[0]!.status)
    || a.key.localeCompare(b.key) || a.id.localeCompare(b.id));
  return panels.flatMap((panel) => {
    const panelLabel = heading(panel, units.get(panel.rows[0]!.measure)!.size > 1, labels);
    const marks = panel.mark === 'line' ? seriesMarks(panel.rows) : null;
    return ordered(panel).map((row): FactRow => ({ ...row, panel: panel.id, panelLabel, mark: marks?.get(row) ?? panel.mark }));
  });
}
