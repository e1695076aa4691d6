/**
 * The measure vocabulary: every measure the extractor can give a fact,
 * declared once with its kind and the flags the extraction stages read. A
 * plan or a size is `timeless` (a moment such as "in April" never dates
 * it); a standing state is `stock` (the article's period never dates it). A
 * change reported on its own is the measure it changes with `-growth`, a
 * share with `-share`. Display names live in `content/measures.yaml`, by id.
 * {@link MeasureId} is generated from it, so a fact or an editor's
 * correction can only name a declared measure.
 */
import { z } from 'zod';
import type { FactKind } from './fact-kind.ts';

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
  'fixed-asset-investment': { kind: 'investment' },
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
  'export-volume': { kind: 'port' },
  'import-volume': { kind: 'port' },
  'transit-volume': { kind: 'port' },
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
  'vehicles-exported': { kind: 'port' },
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
  visitors: { kind: 'other' },
  exhibitors: { kind: 'other' },
  agreements: { kind: 'other' },
  measures: { kind: 'other' },
  units: { kind: 'other' },
  teams: { kind: 'other' },
  tracks: { kind: 'other' },
  containers: { kind: 'port' },
  growth: { kind: 'other' },
  share: { kind: 'other' },
};

/** Every declared measure, with its `-growth` and `-share` variants. */
const MEASURE_IDS = Object.keys(MEASURES).flatMap((id) => (id === 'growth' || id === 'share' ? [id] : [id, `${id}-growth`, `${id}-share`]));

/** A declared measure id (see {@link MEASURES}). Added to the contract in 0.5: every measure published before is one. */
export const MeasureId = z.enum(MEASURE_IDS as [string, ...string[]], {
  error: 'not a declared measure. Fix: use an id from MEASURES in src/schema/measures.ts (or its -growth / -share form), or declare the new measure there with a label in content/measures.yaml',
});
export type MeasureId = z.infer<typeof MeasureId>;
