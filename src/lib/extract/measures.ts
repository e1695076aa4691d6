/**
 * The measure registry: every measure the extractor can give a fact,
 * declared once with its kind and the flags the stages read. A plan or a
 * size is `timeless` (a moment such as "in April" never dates it); a
 * standing state is `stock` (the article's period never dates it). A change
 * reported on its own is the measure it changes with `-growth`, a share
 * with `-share`. Display names live in `content/measures.yaml`, by id.
 */
import type { FactKind } from '../../schema.ts';

/** One measure: its kind (`other` when it depends on the words) and its flags. */
export interface MeasureEntry {
  kind: FactKind;
  /** A plan or a size, which a moment never dates. */
  timeless?: boolean;
  /** A standing state (a network, a reach, a capacity), which the article's period never dates. */
  stock?: boolean;
}

/** Every measure, by id. */
export const MEASURES: Readonly<Record<string, MeasureEntry>> = {
  investment: { kind: 'investment' },
  'investment-planned': { kind: 'investment', timeless: true, stock: true },
  'investment-contracted': { kind: 'investment' },
  'investment-in-place': { kind: 'investment' },
  'investment-government': { kind: 'investment' },
  'investment-aid': { kind: 'investment' },
  'investment-outward': { kind: 'investment' },
  'trade-value': { kind: 'trade' },
  'trade-volume': { kind: 'trade' },
  'export-value': { kind: 'trade' },
  'import-value': { kind: 'trade' },
  'output-value': { kind: 'other' },
  revenue: { kind: 'other' },
  'salary-monthly': { kind: 'other' },
  amount: { kind: 'other' },
  'train-trips': { kind: 'trains' },
  'trains-per-day': { kind: 'trains' },
  'trains-per-day-peak': { kind: 'trains' },
  routes: { kind: 'trains', stock: true },
  projects: { kind: 'project' },
  enterprises: { kind: 'project' },
  'enterprises-per-day': { kind: 'project' },
  'trading-enterprises': { kind: 'project' },
  'cargo-volume': { kind: 'port' },
  'container-volume': { kind: 'port' },
  'cargo-capacity': { kind: 'port', stock: true },
  'cargo-capacity-per-day': { kind: 'port', stock: true },
  'output-volume': { kind: 'other' },
  vehicles: { kind: 'port' },
  'vehicles-per-day': { kind: 'port' },
  'vehicle-capacity': { kind: 'port', stock: true },
  // A crossing's daily capacity is reported for a year ("in 2021 it could handle 50 a day"), so the article's period may date it.
  'vehicle-capacity-per-day': { kind: 'port' },
  'vehicles-produced': { kind: 'other' },
  passengers: { kind: 'port' },
  'clearance-time': { kind: 'other', stock: true },
  duration: { kind: 'other', stock: true },
  'reloading-time': { kind: 'other', stock: true },
  'container-handling-time': { kind: 'other', stock: true },
  'processing-time': { kind: 'other', stock: true },
  'train-processing-time': { kind: 'other', stock: true },
  'approval-time': { kind: 'other', stock: true },
  'project-lead-time': { kind: 'other', stock: true },
  area: { kind: 'other', timeless: true, stock: true },
  distance: { kind: 'other', timeless: true, stock: true },
  altitude: { kind: 'other', timeless: true, stock: true },
  'power-capacity': { kind: 'other', stock: true },
  'goods-categories': { kind: 'other' },
  countries: { kind: 'other', stock: true },
  // Countries traded with in a period are a flow, not a standing network.
  'partner-countries': { kind: 'other' },
  cities: { kind: 'other', stock: true },
  ports: { kind: 'port', stock: true },
  provinces: { kind: 'other' },
  people: { kind: 'other' },
  jobs: { kind: 'other' },
  households: { kind: 'other' },
  agreements: { kind: 'other' },
  measures: { kind: 'other' },
  units: { kind: 'other' },
  teams: { kind: 'other' },
  tracks: { kind: 'other' },
  containers: { kind: 'port' },
  growth: { kind: 'other' },
  share: { kind: 'other' },
};

/** The measure a change or a share is of: `train-trips-growth` → `train-trips`. */
export const baseMeasure = (measure: string): string => measure.replace(/-(?:growth|share)$/, '');

/** True when the registry declares the measure, or the measure it is a change or share of. */
export const isDeclared = (measure: string): boolean => measure in MEASURES || baseMeasure(measure) in MEASURES;

/** True for a plan or a size: a moment such as `in April` cannot date it. */
export const isTimeless = (measure: string): boolean => MEASURES[measure]?.timeless === true;

/** True for a measure that only its own sentence can date: a plan, a size or a standing network. */
export const isStock = (measure: string): boolean => MEASURES[measure]?.stock === true;
