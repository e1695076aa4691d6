/**
 * The whole panel chart, top to bottom: the rows arrive on their panels
 * (`panels.ts`), and each panel is drawn by its mark: a series, bars, or a
 * run of number cards laid out as one grid.
 */
import type { FactRow } from './fact-rows.ts';
import { drawBars } from './panel-bars.ts';
import { drawCards } from './panel-cards.ts';
import { emptyDrawing, MARGIN, type Drawing } from './panel-drawing.ts';
import { drawSeries } from './panel-series.ts';

/** The rows of each panel, in order: consecutive number cards form one group. */
export function panelGroups(rows: readonly FactRow[]): FactRow[][] {
  const groups: FactRow[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    const sameGroup = last && (last[0]!.panel === row.panel || (last[0]!.mark === 'number' && row.mark === 'number'));
    if (sameGroup) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

const GAP = 14;

/** Lays out every panel at `width` px; `focus` dims what the story step is not about. */
export function layoutPanels(rows: readonly FactRow[], width: number, focus: string | null): Drawing {
  const drawing = emptyDrawing();
  let y = MARGIN;
  for (const group of panelGroups(rows)) {
    const mark = group[0]!.mark;
    if (mark === 'number') y = drawCards(drawing, group, y, width, focus);
    else if (mark === 'bar') y = drawBars(drawing, group, y, width, focus);
    else y = drawSeries(drawing, group, y, width, focus);
    y += GAP;
  }
  drawing.height = Math.ceil(y - GAP + MARGIN);
  return drawing;
}
