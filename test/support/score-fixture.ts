/**
 * Scores extracted facts against the reviewed fixture of seed figures.
 * A figure is "fully right" when one fact read from its source has the same
 * value, unit, kind, places and period. Precision counts every (fact, source)
 * reading against the fixture.
 */
import { z } from 'zod';
import { Approx, FactKind, type Fact } from '../../src/schema.ts';

const Day = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** One expected figure. */
export const ExpectedFigure = z.strictObject({
  source: z.string(),
  value: z.number(),
  unit: z.string(),
  kind: FactKind,
  measure: z.string(),
  places: z.array(z.string()),
  period: z.tuple([Day.nullable(), Day]).nullable(),
  approx: Approx.default('exact'),
});
export type ExpectedFigure = z.infer<typeof ExpectedFigure>;

/** The categories the recall gate is about: the four mission categories plus trade. */
export const MISSION_KINDS: ReadonlySet<string> = new Set(['investment', 'project', 'port', 'trains', 'trade']);

const samePeriod = (f: Fact, e: ExpectedFigure) =>
  e.period === null ? f.period === null : f.period !== null && f.period.start === e.period[0] && f.period.end === e.period[1];

/** True when a fact is this figure, read from its source: value, unit, kind, places and period. */
export function fullyRight(f: Fact, e: ExpectedFigure): boolean {
  return (
    f.evidence.some((ev) => ev.source === e.source) &&
    f.value === e.value && f.unit === e.unit && f.kind === e.kind &&
    f.places.join('+') === e.places.join('+') && samePeriod(f, e)
  );
}

/** What went wrong for a missed figure: the nearest fact with the same value from the same source. */
function diagnose(facts: readonly Fact[], e: ExpectedFigure): string {
  const near = facts.find((f) => f.value === e.value && f.evidence.some((ev) => ev.source === e.source));
  if (!near) return 'not extracted';
  const diffs = [
    near.unit !== e.unit && `unit ${near.unit}`,
    near.kind !== e.kind && `kind ${near.kind}`,
    near.places.join('+') !== e.places.join('+') && `places ${near.places.join('+') || '∅'}`,
    !samePeriod(near, e) && `period ${near.period ? `${near.period.start}..${near.period.end}` : 'null'}`,
  ].filter(Boolean);
  return diffs.join(', ');
}

export interface Score {
  missionRecall: number;
  overallRecall: number;
  precision: number;
  measureRight: number;
  approxRight: number;
  misses: Array<{ figure: ExpectedFigure; why: string }>;
  extras: Array<{ fact: Fact; source: string }>;
}

/** Scores facts against expected figures. */
export function score(facts: readonly Fact[], expected: readonly ExpectedFigure[]): Score {
  const hits = expected.map((e) => ({ e, fact: facts.find((f) => fullyRight(f, e)) }));
  const found = hits.filter((h) => h.fact);
  const mission = hits.filter((h) => MISSION_KINDS.has(h.e.kind));
  const readings = facts.flatMap((fact) => [...new Set(fact.evidence.map((ev) => ev.source))].map((source) => ({ fact, source })));
  const extras = readings.filter((r) => !expected.some((e) => e.source === r.source && fullyRight(r.fact, e)));
  return {
    missionRecall: mission.filter((h) => h.fact).length / mission.length,
    overallRecall: found.length / hits.length,
    precision: (readings.length - extras.length) / readings.length,
    measureRight: found.filter((h) => h.fact!.measure === h.e.measure).length / found.length,
    approxRight: found.filter((h) => h.fact!.approx === h.e.approx).length / found.length,
    misses: hits.filter((h) => !h.fact).map((h) => ({ figure: h.e, why: diagnose(facts, h.e) })),
    extras,
  };
}
