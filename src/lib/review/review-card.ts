/**
 * What the review desk shows for one fact: the sentence with the figure
 * marked, what the extractor read from it, and why it is low. Plain text
 * with optional ANSI emphasis, so `--list` output can go to a file.
 */
import type { Fact, Place } from '../../schema.ts';
import { formatFact } from '../format/format-value.ts';
import { quoteParts } from '../format/quote-parts.ts';

/** How the figure is marked in the sentence: reverse video on a terminal, brackets otherwise. */
export interface CardStyle {
  color: boolean;
}

const mark = (text: string, { color }: CardStyle) => (color ? `\u001b[7m${text}\u001b[27m` : `[[${text}]]`);
const dim = (text: string, { color }: CardStyle) => (color ? `\u001b[2m${text}\u001b[22m` : text);

/** The card's lines for `fact`; `position` is `3/17` in the queue. */
export function reviewCard(fact: Fact, places: ReadonlyMap<string, Place>, position: string, style: CardStyle): string[] {
  const evidence = fact.evidence[0]!;
  const parts = quoteParts(evidence);
  const where = fact.places.map((id) => places.get(id)?.name ?? id).join(' and ') || '(none)';
  const period = fact.period ? `${fact.period.label} (${fact.period.start ?? '…'} – ${fact.period.end}${fact.period.from ? `, from the ${fact.period.from}` : ''})` : '(none)';
  const lines = [
    `${position}  ${fact.id}  ${fact.confidence === 'low' ? 'LOW' : 'high'} confidence`,
    dim(`${evidence.source}${fact.evidence.length > 1 ? ` and ${fact.evidence.length - 1} more source(s)` : ''}`, style),
    `  “${parts.before}${mark(parts.figure, style)}${parts.after}”`,
    `  read:     ${formatFact(fact)}${fact.change ? ` (change ${fact.change.value} ${fact.change.unit} ${fact.change.basis})` : ''}`,
    `  measure:  ${fact.kind} · ${fact.measure} · ${fact.status}${fact.scope === 'place' ? '' : ` · ${fact.scope}'s figure`}`,
    `  place:    ${where}${fact.placeFrom && fact.placeFrom !== 'sentence' ? ` (from the ${fact.placeFrom})` : ''}`,
    `  period:   ${period}`,
  ];
  if (fact.partOf) lines.push(`  part of:  ${fact.partOf}`);
  if (fact.confidenceReason) lines.push(`  why low:  ${fact.confidenceReason}`);
  for (const w of fact.warnings) lines.push(`  check:    ${w}`);
  return lines;
}
