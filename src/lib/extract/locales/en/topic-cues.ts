/**
 * English words that show what a stretch of copy is about: trains, trade,
 * investment, ports or projects. Used to give a figure a kind when its own
 * words name none ("About 300 billion yuan came from partner provinces" in a
 * story about investment).
 */
import type { FactKind } from '../../../../schema.ts';

/** Cue patterns per topic, as regular-expression sources. */
export const TOPIC_CUES: Readonly<Partial<Record<FactKind, string>>> = {
  trains: String.raw`\b(?:freight\s+)?trains?\b|\btrain\s+trips?\b|\bChina\s*-\s*Europe\b|\brailway\s+express\b|\bfreight\s+services?\b|\brail\s+freight\b`,
  trade: String.raw`\b(?:foreign|bilateral|border|total)\s+trade\b|\btrade\s+(?:value|volume|with|between|turnover)\b|\bimports?\s+and\s+exports?\b|\bimport\s+and\s+export\b|\bcustoms\s+data\b`,
  investment: String.raw`\binvest(?:ment|ments|ed|ing|s)?\b|\bfunds?\b|\bcapital\b`,
  port: String.raw`\b(?:land|border|dry)\s+ports?\b|\bcheckpoints?\b|\bcrossings?\b|\bcargo\s+(?:volume|throughput)\b|\bthroughput\b`,
  project: String.raw`\bprojects?\b|\benterprises?\b`,
};
