import { stringify } from 'csv-stringify/sync';
import type { FactsFile } from '../../schema.ts';
import { safeCsvCell } from './csv-safe.ts';

/** Columns of `/data/facts.csv`, in order. Part of the public contract: add, never rename. */
export const CSV_COLUMNS = [
  'id', 'kind', 'measure', 'value', 'unit', 'approx', 'subject', 'place', 'place_name',
  'period_start', 'period_end', 'period_label', 'change_value', 'change_unit', 'change_basis',
  'confidence', 'sources', 'publishers', 'quote', 'start', 'end',
  // Added with issue 3: joint places, inherited periods, ranges, earlier levels, editors' reviews.
  'places', 'period_inherited', 'range_min', 'range_max', 'change_from', 'review_status', 'review_note',
  // Added with issue 14: how a figure stands, where its place and period were read, the amount in another currency.
  'status', 'place_from', 'period_from', 'equivalent_value', 'equivalent_unit',
  // Added with issue 15: why a fact is low, the total it is a part of, whose figure it is, what to check (`;`-separated).
  'confidence_reason', 'part_of', 'scope', 'warnings',
] as const;

/** One row per fact, RFC 4180 (CRLF line ends, quotes doubled), formula-like text defused (`csv-safe.ts`). The first piece of evidence supplies the quote. */
export function factsCsv(data: FactsFile): string {
  const placeName = new Map(data.places.map((p) => [p.id, p.name]));
  const publisher = new Map(data.sources.map((s) => [s.id, s.publisher]));
  const rows = data.facts.map((f) => {
    const first = f.evidence[0]!;
    const sources = [...new Set(f.evidence.map((e) => e.source))];
    return [
      f.id, f.kind, f.measure, f.value, f.unit, f.approx, f.subject ?? '', f.place ?? '', f.place ? placeName.get(f.place) ?? '' : '',
      f.period?.start ?? '', f.period?.end ?? '', f.period?.label ?? '', f.change?.value ?? '', f.change?.unit ?? '', f.change?.basis ?? '',
      f.confidence, sources.join(';'), sources.map((s) => publisher.get(s) ?? s).join(';'), first.quote, first.start, first.end,
      f.places.join(';'), f.period?.inherited ? 'true' : '', f.range?.min ?? '', f.range?.max ?? '', f.change?.from ?? '', f.review?.status ?? '', f.review?.note ?? '',
      f.status, f.placeFrom ?? '', f.period?.from ?? '', f.equivalent?.value ?? '', f.equivalent?.unit ?? '',
      f.confidenceReason ?? '', f.partOf ?? '', f.scope, f.warnings.join(';'),
    ];
  });
  return stringify([[...CSV_COLUMNS], ...rows.map((row) => row.map(safeCsvCell))], { record_delimiter: '\r\n' });
}
