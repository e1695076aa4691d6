/**
 * Cross-border links: a paragraph that names a crossing (a port in China)
 * and a place beyond the border (an invented example: "Trucks leave the
 * Torugart Port at dawn. Most are bound for Bishkek") says a route runs
 * that way. The locator map draws a corridor only as far as such
 * links reach. Nothing here knows the corridors: any port and any place
 * abroad make a link.
 */
import type { Link, Place } from '../../schema.ts';
import { countryOf } from '../gazetteer/lineage.ts';
import type { PlaceMention } from './places.ts';
import type { Sentence } from './segment.ts';


/** Collects one article's links, paragraph by paragraph, as its sentences are read in order. */
export class LinkCollector {
  private paragraph = -1;
  private crossings = new Set<string>();
  private abroad: Array<{ place: Place; sentence: Sentence; mention: PlaceMention }> = [];
  private readonly found: Link[] = [];
  private readonly source: string;
  private readonly byId: ReadonlyMap<string, Place>;

  constructor(source: string, byId: ReadonlyMap<string, Place>) {
    this.source = source;
    this.byId = byId;
  }

  /** Notes a sentence's place mentions. */
  note(sentence: Sentence, mentions: readonly PlaceMention[]): void {
    if (sentence.paragraph !== this.paragraph) this.flush(sentence.paragraph);
    for (const m of mentions) {
      const country = countryOf(m.place.id, this.byId);
      if (m.place.kind === 'port' && country === 'china') this.crossings.add(m.place.id);
      else if (country && country !== 'china') this.abroad.push({ place: m.place, sentence, mention: m });
    }
  }

  /** Every link the article's paragraphs made, each pair once with every sentence that names the place beyond. */
  links(): Link[] {
    this.flush(-1);
    return mergeLinks(this.found);
  }

  private flush(next: number): void {
    for (const from of [...this.crossings].sort()) {
      for (const { place, sentence, mention } of this.abroad) {
        this.found.push({
          id: `${from}--${place.id}`,
          from,
          to: place.id,
          evidence: [{ source: this.source, quote: sentence.text, start: sentence.start + mention.start, end: sentence.start + mention.end, quoteStart: sentence.start }],
        });
      }
    }
    this.paragraph = next;
    this.crossings = new Set();
    this.abroad = [];
  }
}

/** One link per pair, with the evidence of all; sorted by id. */
export function mergeLinks(links: readonly Link[]): Link[] {
  const byId = new Map<string, Link>();
  for (const link of links) {
    const seen = byId.get(link.id);
    if (!seen) byId.set(link.id, { ...link, evidence: [...link.evidence] });
    else seen.evidence.push(...link.evidence.filter((x) => !seen.evidence.some((y) => y.source === x.source && y.start === x.start)));
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
