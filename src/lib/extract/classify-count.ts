/**
 * The measure of a count: trains, projects, enterprises, vehicles, cargo,
 * times, routes. The unit gives the base measure; the words around the
 * figure make it a rate (`20 trains a day`), a peak (`a daily high of 35`),
 * a capacity (`can take up to 800 lorries a day`) or a particular time
 * (`reloading within about two hours`).
 */
import type { Classification, FigureContext } from './figure-context.ts';
import { distance } from './cue-distance.ts';
import { UNIT_NOUNS } from './lexicon.ts';
import { ACTIVITY_TIMES, CAPACITY_RE, EMPLOY_RE, FLOW_DIRECTIONS, NON_RAIL_ROUTE_RE, PARTNER_RE, PEAK_RE, PER_DAY_RE, PORT_RE, PRODUCTION_RE, RAIL_RE, TRADE_RE, TRAIN_NOUN_RE, TRAIN_RE } from './locales/en/measure-cues.ts';
import { MEASURES } from './measures.ts';

/** The measure each unit is when nothing else is said, from the unit registry. */
const UNIT_MEASURE = new Map(UNIT_NOUNS.flatMap((n) => (n.measure ? [[n.unit, n.measure] as const] : [])));

/** The figure's own words: before it, and after it up to the next comma. */
const own = (c: FigureContext) => `${c.before} ${c.after.split(/[,;]/)[0]}`;

/**
 * A rate or a peak of the base measure, when the figure's own words say so
 * and the registry declares that variant: `train-trips` → `trains-per-day`.
 */
function rateOf(base: string, perDay: string, c: FigureContext): string {
  if (!PER_DAY_RE.test(own(c))) return base;
  const peak = `${perDay}-peak`;
  return PEAK_RE.test(own(c)) && peak in MEASURES ? peak : perDay in MEASURES ? perDay : base;
}

/** Which way the flow went, by the nearest direction word before the figure in its clause (or right after it), or null. */
function directionOf(c: FigureContext): 'export' | 'import' | 'transit' | null {
  let nearest: { d: number; direction: 'export' | 'import' | 'transit' } | null = null;
  for (const [re, direction] of FLOW_DIRECTIONS) {
    const d = distance(re, c.lead ?? c.before, c.after.split(/[,;]/)[0]!);
    if (d < (nearest?.d ?? Infinity)) nearest = { d, direction };
  }
  return nearest?.direction ?? null;
}

/** The activity a time is the length of, nearest cue first; `duration` when none is named. */
function activityTime(c: FigureContext): string {
  let nearest: { d: number; measure: string } | null = null;
  for (const [re, measure] of ACTIVITY_TIMES) {
    const d = distance(re, c.before, c.after);
    if (d < (nearest?.d ?? Infinity)) nearest = { d, measure };
  }
  const measure = nearest?.measure ?? ACTIVITY_TIMES.find(([re]) => re.test(c.clause))?.[1] ?? 'duration';
  // Trains processed at a border: the time the train takes, not a document's.
  return measure === 'processing-time' && TRAIN_NOUN_RE.test(c.clause) ? 'train-processing-time' : measure;
}

/** "Customs clearance time fell 12 percent": the time of a named activity that a change or a share is about, or null. */
export function timeNamedBefore(c: FigureContext): string | null {
  if (!/\btime\b/i.test(c.before)) return null;
  const measure = activityTime(c);
  return measure === 'duration' ? null : measure;
}

/** Classifies a count by its unit and the words around it. */
export function classifyCount(c: FigureContext): Classification {
  const atPort = c.place?.kind === 'port' || PORT_RE.test(c.sentence);
  switch (c.unit) {
    case 'trains':
      return { kind: 'trains', measure: rateOf('train-trips', 'trains-per-day', c) };
    case 'projects':
      return { kind: 'project', measure: 'projects' };
    // Counts of companies are project counts, whatever they do; what they do names the measure.
    case 'enterprises':
      if (atPort && TRADE_RE.test(c.sentence)) return { kind: 'project', measure: 'trading-enterprises' };
      return { kind: 'project', measure: rateOf('enterprises', 'enterprises-per-day', c) };
    case 'vehicles':
      if (PRODUCTION_RE.test(`${c.before} ${c.after}`)) return { kind: 'other', measure: 'vehicles-produced' };
      // "the north gate can take up to 800 lorries a day, the south gate up to 300": one capacity cue covers its clause.
      if (CAPACITY_RE.test(c.clause)) return { kind: 'port', measure: PER_DAY_RE.test(c.clause) ? 'vehicle-capacity-per-day' : 'vehicle-capacity' };
      if (PER_DAY_RE.test(c.sentence)) return { kind: 'port', measure: 'vehicles-per-day' };
      return { kind: 'port', measure: directionOf(c) === 'export' ? 'vehicles-exported' : 'vehicles' };
    case 'tonnes':
    case 'TEU':
    case 'containers': {
      // Cargo is counted at a crossing unless trains carry it in the same clause; goods made are output.
      if (PRODUCTION_RE.test(`${c.before} ${c.after}`)) return { kind: 'other', measure: 'output-volume' };
      // "a capacity of 540,000 TEU a year": what a port can handle, not what it did.
      if (/\bcapacity\b/i.test(c.before)) return { kind: 'port', measure: PER_DAY_RE.test(`${c.before} ${c.after}`) ? 'cargo-capacity-per-day' : 'cargo-capacity' };
      // Tonnes that went one way are that flow: "Exports increased by 42% to 1.5 million tons".
      const direction = c.unit === 'tonnes' ? directionOf(c) : null;
      const measure = direction ? `${direction}-volume` : (UNIT_MEASURE.get(c.unit) ?? 'cargo-volume');
      return TRAIN_NOUN_RE.test(c.clause) ? { kind: 'trains', measure } : { kind: 'port', measure };
    }
    case 'hours':
    case 'minutes':
    case 'days': {
      const measure = activityTime(c);
      // Clearance is a crossing's; away from one the same words time something else.
      return { kind: 'other', measure: measure === 'clearance-time' && !atPort ? 'duration' : measure };
    }
    case 'routes':
      if (NON_RAIL_ROUTE_RE.test(`${c.before} ${c.subject ?? ''} ${c.after}`)) return { kind: 'other', measure: 'routes' };
      return TRAIN_RE.test(c.sentence) || RAIL_RE.test(c.sentence) || c.topic === 'trains' ? { kind: 'trains', measure: 'routes' } : { kind: 'other', measure: 'routes' };
    case 'people':
      return { kind: 'other', measure: EMPLOY_RE.test(own(c)) ? 'jobs' : 'people' };
    case 'countries':
      return { kind: 'other', measure: PARTNER_RE.test(c.before) ? 'partner-countries' : 'countries' };
    case 'm':
      return { kind: 'other', measure: /\babove sea level\b|\baltitude\b|\belevation\b/i.test(`${c.before} ${c.after}`) ? 'altitude' : 'distance' };
    default:
      return { kind: c.unitKind ?? 'other', measure: UNIT_MEASURE.get(c.unit) ?? c.unit };
  }
}
