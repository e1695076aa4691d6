import type { Approx, FactKind, Range } from '../../schema.ts';

/** A quantity read from a sentence. Offsets are relative to the sentence. */
export interface Quantity {
  value: number;
  unit: string;
  approx: Approx;
  /** Span of the figure as printed: number, scale, currency or unit noun. */
  start: number;
  end: number;
  /** The modifiers and unit noun for counts (`major projects`); null for money and percentages. */
  subject: string | null;
  /** The kind the unit suggests, before context is read. */
  unitKind: FactKind | null;
  /** An equivalent printed beside it, e.g. the dollars in `17.6 billion yuan ($2.4 billion)`. */
  equivalent: { value: number; unit: string } | null;
  /** For a range (`50,000 to 80,000 yuan`): its ends; `value` is the lower one. */
  range: Range | null;
  /** In a `respectively` list (`9.1 million and 5.5 million tonnes, respectively`): its place in the list and the list's length. */
  respectively?: { index: number; of: number };
  /** True for a bare level of the figure before (`that figure passed 450`): its unit is that figure's, {@link FIGURE_BEFORE} until the reader knows it. */
  pointsBack?: boolean;
}
