/**
 * The timeline: the dated events in the data, oldest at the top, each a dot
 * on a spine at its date (a true time scale, `timeline-layout.ts`) and beside
 * it the date and the editor's short label from `content/timeline.yaml`. The
 * extracted clause is not printed: machine translation often leaves it
 * unclear ("the project started construction"). A new article's event is
 * drawn once an editor labels it; `npm run extract` lists those without one.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { DatePrecision, Event } from '../../schema.ts';
import { credits } from '../format/attribution.ts';
import { dayLabel, isoParts, monthLabel, quarterLabel, quarterOf } from '../calendar/calendar.ts';
import type { ChartContext, ChartModule, ChartRow, ChartWords } from './chart-types.ts';
import { ACCENT, FONT_SIZE, baseSpec, byFocus } from './plot-defaults.ts';
import { memoOn } from '../memo/memo.ts';
import { latestRows, TIMELINE_EVENTS } from './row-budget.ts';
import { LINE, SPINE_X, TEXT_X, layoutTimeline, type Block } from './timeline-layout.ts';

/** An event as a timeline row. */
export interface TimelineRow extends ChartRow {
  /** Start of the date, ISO: sorts the rows. */
  date: string;
  /** The date as precisely as the source gave it: `16 July 2022`, `July 2022`, `Q1 2024`, `2013`. */
  dateLabel: string;
  precision: DatePrecision;
  /** The clause that reports the event, as printed. */
  text: string;
  /** The editor's label for it, from `content/timeline.yaml`: what the chart prints. */
  label: string;
  /** Place names, joined. */
  places: string;
  /** Gazetteer ids of the places, for focus. */
  placeIds: string[];
  /** Publishers and months: `Xinhua, May 2024`. */
  credit: string;
}


/** A date at its precision: `16 July 2022`, `July 2022`, `Q1 2024`, `2013`. */
export function formatEventDate(start: string, precision: DatePrecision): string {
  const [y, m] = isoParts(start);
  if (precision === 'year') return String(y);
  if (precision === 'quarter') return quarterLabel(quarterOf(m), y);
  if (precision === 'month') return monthLabel(y, m);
  return dayLabel(start);
}

function toRow(event: Event, label: string, context: ChartContext): TimelineRow {
  const sources = [...new Set(event.evidence.map((e) => e.source))];
  return {
    id: event.id,
    sources,
    panel: 'timeline',
    mark: 'event',
    status: null,
    date: event.date.start,
    dateLabel: formatEventDate(event.date.start, event.precision),
    precision: event.precision,
    text: event.text,
    label,
    places: event.places.map((id) => context.places.get(id)?.name ?? id).join(', '),
    placeIds: event.places,
    credit: credits(sources, context.sources),
  };
}

/** Whether the story step's focus (an event id, a year, or a place id) takes in this row. */
export function inTimelineFocus(row: TimelineRow, focus: string | null): boolean {
  return focus === null || row.id === focus || (/^\d{4}$/.test(focus) && row.date.startsWith(focus)) || row.placeIds.includes(focus);
}

/** The Plot spec: the spine with its year ticks, a dot at each event's date, and its block: date, then label. */
function timelineSpec(rows: TimelineRow[], options: { width: number; focus: string | null }): PlotOptions {
  const layout = layoutTimeline(rows, (r) => r.date, (r) => r.label, options.width);
  const split = (mark: (blocks: Block<TimelineRow>[], className: string | undefined) => Plot.Markish, base: string): Plot.Markish[] =>
    byFocus(layout.blocks, (b) => inTimelineFocus(b.row, options.focus), base, mark);
  const spine = (broken: boolean) => Plot.ruleX(layout.segments.filter((s) => s.broken === broken), {
    x: SPINE_X, y1: 'y1', y2: 'y2', stroke: 'currentColor', strokeOpacity: 0.45, strokeWidth: 1.5,
    ...(broken ? { strokeDasharray: '2,4' } : {}), className: broken ? 'spine broken' : 'spine', ariaHidden: 'true',
  });
  // A block moved down to clear the one above keeps a leader to its date on the spine.
  const moved = layout.blocks.filter((b) => b.top > b.dotY - LINE / 2 + 0.5);
  return {
    ...baseSpec(options),
    height: layout.height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      spine(false),
      spine(true),
      Plot.ruleY(layout.ticks, { y: 'y', x1: SPINE_X - 4, x2: SPINE_X, stroke: 'currentColor', strokeOpacity: 0.45, ariaHidden: 'true' }),
      Plot.text(layout.ticks, { x: SPINE_X - 8, y: 'y', text: (t: { year: number }) => String(t.year), textAnchor: 'end', className: 'year' }),
      Plot.link(moved, { x1: SPINE_X + 5, y1: 'dotY', x2: TEXT_X - 4, y2: (b: Block<TimelineRow>) => b.top + LINE / 2, stroke: 'currentColor', strokeOpacity: 0.45, className: 'leader', ariaHidden: 'true' }),
      ...split((d, className) => Plot.dot(d, {
        x: SPINE_X, y: 'dotY', r: 5, fill: 'currentColor', stroke: 'none', className,
        title: (b: Block<TimelineRow>) => `${b.row.dateLabel}: ${b.row.label}`,
      }), ACCENT),
      ...split((d, className) => Plot.text(d, {
        x: TEXT_X, y: 'top', text: (b: Block<TimelineRow>) => b.row.dateLabel, textAnchor: 'start', lineAnchor: 'top',
        fontWeight: 'bold', className,
      }), 'date'),
      ...split((d, className) => Plot.text(d, {
        x: TEXT_X, y: (b: Block<TimelineRow>) => b.top + LINE, text: (b: Block<TimelineRow>) => b.lines.join('\n'),
        textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / FONT_SIZE, className,
      }), 'event'),
    ],
  };
}

/** `9 dated events from 2013 to 2024; the earliest …; the latest …`, from the rows alone. */
export function describeTimeline(rows: readonly TimelineRow[]): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return '';
  const [from, to] = [first.date.slice(0, 4), last.date.slice(0, 4)];
  const count = `${rows.length} dated event${rows.length === 1 ? '' : 's'} ${from === to ? `in ${from}` : `from ${from} to ${to}`}`;
  if (rows.length === 1) return `${count}: ${first.dateLabel}, ${first.label}.`;
  return `${count}; the earliest, ${first.dateLabel}: ${first.label}; the latest, ${last.dateLabel}: ${last.label}.`;
}

/** Every event an editor has labelled, as a row, oldest first. */
const qualified = memoOn((context: ChartContext) => context.data.events
  .flatMap((e) => { const label = context.words.events[e.id]; return label ? [toRow(e, label, context)] : []; })
  .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)));

/** The timeline chart module: only the latest events when there are more than its row budget (`row-budget.ts`). */
export const timeline: ChartModule<TimelineRow> = {
  id: 'timeline',
  rows: (context) => latestRows(qualified(context), (row) => row.date, TIMELINE_EVENTS, context.pinned),
  // Events with no label count as not drawn: the note under the chart says how many are left out.
  pool: (context) => ({ total: context.data.events.length, noun: 'events', ids: new Set(qualified(context).map((r) => r.id)) }),
  plot: (rows, options) => timelineSpec(rows, options),
  columns: (words: ChartWords) => [
    { key: 'dateLabel', label: words.labels.date },
    { key: 'label', label: words.labels.event },
    { key: 'places', label: words.labels.place },
    { key: 'credit', label: words.labels.source },
  ],
  describe: describeTimeline,
};
