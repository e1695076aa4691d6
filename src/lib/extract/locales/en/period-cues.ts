/**
 * English phrases that name a period a figure is compared with, not the
 * period it covers: `year on year`, `the same period of 2023`, `double that
 * of 2021`, `up from 5,000 in 2021`, `last year's total`. The period finder
 * blanks them before reading periods.
 */

/** A year named as a baseline. */
const YEARISH = String.raw`(?:(?:19|20)\d\d|(?:the\s+)?last\s+year|the\s+previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before))`;
const SAME_PERIOD = String.raw`(?:the\s+)?same\s+(?:period|time|months?|quarter|half)\s+(?:of\s+|in\s+)?${YEARISH}`;

/** Comparison phrases, as regular-expression sources. Each names a year, by number or by the word: the period finder skips sentences with neither. */
export const COMPARISON_PHRASES: readonly string[] = [
  String.raw`\b(?:over|from|than|compared\s+(?:with|to)|against|versus|vs\.?|on)\s+${SAME_PERIOD}`,
  String.raw`\b${SAME_PERIOD}`,
  String.raw`\byear[\s-]+on[\s-]+year`,
  String.raw`\ba\s+year\s+(?:earlier|ago|before)`,
  String.raw`\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:that|those)\s+(?:of|in)\s+|in\s+)?${YEARISH}`,
  String.raw`\b(?:over|from)\s+(?:(?:that|those)\s+(?:of|in)\s+)?${YEARISH}(?!\s*(?:to|-|–|until|through|till)\s*(?:(?:19|20)\d\d|the|this|now))`,
  String.raw`\b(?:that|those)\s+of\s+${YEARISH}(?:\s+in\s+the\s+same\s+period)?`,
  String.raw`\b(?:up|down|rising|falling|rose|fell|grew|increas\w*|decreas\w*|climb\w*|jump\w*)\s+from\s+[^,;]{0,40}?\b(?:in\s+)?${YEARISH}`,
  String.raw`\b${YEARISH}['’]s?\s+(?:total|level|figure|volume|record|number|amount)`,
  // "than that of the 2021 Trade Fair", "compared with the 2022 session": an earlier edition of a named event
  String.raw`\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:that|those)\s+(?:of|at|in)\s+)?the\s+(?:19|20)\d\d\b`,
  String.raw`\b(?:that|those)\s+(?:of|at)\s+the\s+(?:19|20)\d\d\b`,
  // "compared with the previous expo in 2024"
  String.raw`\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+[^,;.\d]{0,40}?\bin\s+(?:19|20)\d\d`,
  // "a 22% jump on Jan-Apr 2024", "up 5% on 2023": a change measured against a period
  String.raw`\b(?:jump|rise|increase|growth|gain|surge|drop|decline|fall|up|down)s?\s+(?:on|over)\s+(?:the\s+)?(?:[A-Za-z]{3,9}\.?\s*[-–]\s*[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d`,
];

/**
 * Vague time phrases: they name no period a figure can be given, but say the
 * figure is not the lead's, so the article's period must not be lent to it.
 */
export const VAGUE_TIME_PHRASES = String.raw`\b(?:in|over|during|for)\s+(?:the\s+)?(?:recent|past|last|several|many|a\s+few)\s+(?:(?:few|several|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:years|decades)\b|\bover\s+the\s+years\b|\bfor\s+years\b|\bhistorically\b|\bsince\s+(?:its|the)\s+(?:launch|opening|establishment|founding|inception)\b|\bon\s+(?:the|its)\s+(?:first|opening|same|last|final)\s+day\b|\b(?:that|the\s+same)\s+day\b`;

/**
 * A present-tense statement of the current state ("5 cars stand at
 * Torugart", "the port now runs 57 routes"): with no period named, it holds
 * as of the day the article was published. After a determiner the word is a
 * noun ("crossed the pass"), not a verb.
 */
export const PRESENT_STATE = String.raw`(?<!\b(?:the|a|an|this|that|its|their|border|mountain)\s+)\b(?:is|are|stands?|remains?|handles?|runs?|operates?|covers?|connects?|employs?|hosts?|houses?|serves?|pass(?:es)?)\b(?!\s+(?:been|expected|planned|set|to)\b)|\bcan\s+(?:now\s+)?(?:handle|process|accommodate|receive|carry)\b`;

/** Words that say a figure is the state of things now: with no period named, it holds as of publication, whatever it measures. */
export const NOW_WORDS = String.raw`\b(?:now|nowadays|presently|still)\b`;
