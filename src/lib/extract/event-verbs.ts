/**
 * The verbs that make a dated clause an event, grouped into families of
 * near-synonyms, and a finder for them. General news vocabulary only: past
 * forms, since an event is something that has happened by publication.
 */

/** A group of verbs that report the same kind of event. Two reports of one event may use different members. */
export type EventFamily =
  | 'propose' | 'launch' | 'open' | 'establish' | 'approve' | 'sign' | 'build'
  | 'complete' | 'produce' | 'hold' | 'depart' | 'arrive' | 'resume';

/** Past forms per family. Multi-word forms match across any run of spaces. */
export const EVENT_VERBS: Readonly<Record<EventFamily, readonly string[]>> = {
  propose: ['proposed', 'put forward'],
  launch: ['launched', 'kicked off', 'rolled out'],
  open: [
    'opened', 'opened to traffic', 'inaugurated', 'unveiled', 'commissioned',
    'put into operation', 'put into service', 'put into use', 'went into operation', 'came into operation',
    'started operation', 'started operations', 'began operation', 'began operations', 'commenced operation', 'commenced operations',
  ],
  establish: ['established', 'set up', 'founded'],
  approve: ['approved', 'ratified'],
  sign: ['signed', 'inked'],
  build: ['started construction', 'began construction', 'commenced construction', 'broke ground', 'started building', 'began building'],
  complete: ['completed', 'built'],
  produce: ['put into production', 'started production', 'began production', 'commenced production', 'went into production'],
  hold: ['held', 'convened', 'hosted'],
  depart: ['departed', 'left', 'set off', 'set out', 'pulled out'],
  arrive: ['arrived', 'pulled into'],
  resume: ['resumed', 'reopened', 'restarted'],
};

/** "Construction of the park started": the noun before its verb, a few words apart. */
const CONSTRUCTION_STARTED = String.raw`construction\b[^,;.]{0,80}?\b(?:started|began|commenced|kicked\s+off)`;

/** A verb found in a sentence. Offsets are relative to the text searched. */
export interface VerbMatch {
  start: number;
  end: number;
  /** The form as printed, lower case, spaces collapsed: `put into operation`. */
  action: string;
  family: EventFamily;
}

const FAMILY_OF: ReadonlyMap<string, EventFamily> = new Map(
  (Object.entries(EVENT_VERBS) as Array<[EventFamily, readonly string[]]>).flatMap(([family, forms]) => forms.map((form) => [form, family] as const)),
);

const alternatives = [...FAMILY_OF.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, String.raw`\s+`));
const VERB_RE = new RegExp(String.raw`\b(?:${CONSTRUCTION_STARTED}|${alternatives.join('|')})\b`, 'gi');

/** The family of an action as stored on an event; `build` for "construction … began". */
export function familyOf(action: string): EventFamily | null {
  const key = action.toLowerCase().replace(/\s+/g, ' ');
  return FAMILY_OF.get(key) ?? (/^construction\b/.test(key) ? 'build' : null);
}

/** Every event verb in `text`, in order, longest form first where forms overlap. */
export function findEventVerbs(text: string): VerbMatch[] {
  return [...text.matchAll(VERB_RE)].map((m) => {
    const printed = m[0].toLowerCase().replace(/\s+/g, ' ');
    // "construction of the park began" keeps only its two ends as the action.
    const action = printed.replace(/^construction\b.*?\b(started|began|commenced|kicked off)$/, 'construction $1');
    return { start: m.index, end: m.index + m[0].length, action, family: familyOf(action)! };
  });
}
