import type { MeasureLabels } from '../../schema.ts';

/** A measure's display name from `content/measures.yaml`, or its id in words: `trade-volume` → `Trade volume`. */
export function measureLabel(measure: string, labels: MeasureLabels): string {
  const label = labels[measure];
  if (label) return label;
  const words = measure.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
