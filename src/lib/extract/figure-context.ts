import type { FactKind, Place } from '../../schema.ts';

/** What classification needs to know about a figure. */
export interface FigureContext {
  /** The figure's unit: `CNY`, `percent`, `trains`, … */
  unit: string;
  /** The kind its unit noun suggests, if any. */
  unitKind: FactKind | null;
  /** The words just before the figure, back to the previous figure or the clause start. */
  before: string;
  /** The words just after the figure, up to the next figure or the clause end. */
  after: string;
  /** The whole clause, for when the near words say nothing. */
  clause: string;
  /** The clause up to the figure, past any figure before it: where a flow's subject stands ("Exports increased by 42% to"). */
  lead?: string;
  /** The whole sentence. */
  sentence: string;
  /** The place the figure was attached to. */
  place: Place | null;
  /** What the paragraph, or else the headline, is about (`topic.ts`), for figures whose words name no measure. */
  topic?: FactKind | null;
  /** The counted noun phrase as printed (`international road transportation routes`). */
  subject?: string | null;
}

/** A figure's kind and measure. */
export interface Classification {
  kind: FactKind;
  measure: string;
}
