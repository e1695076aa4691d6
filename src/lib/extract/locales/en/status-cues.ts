/**
 * English cue words that say how a figure stands: planned, expected, aimed
 * at, or a running total. Each is matched in the figure's clause, before the
 * figure unless noted.
 */

/**
 * Not a plan but the yardstick of a share: "completing 82% of the annual
 * plan". Placed after a match of `plan`, it looks back over it.
 */
export const NOT_SHARE_OF_PLAN = String.raw`(?<!\bof\s+(?:the\s+|its\s+|their\s+)?(?:annual\s+|yearly\s+|year's\s+|full-year\s+)?plans?)`;

/** A plan or a budget: "plans to invest", "a planned investment of". */
export const PLANNED_CUES = String.raw`\bplan(?:s|ned|ning)?\b${NOT_SHARE_OF_PLAN}|\bbudget(?:ed)?\b|\bproposed\b|\bintends? to\b|\bwill invest\b|\bto invest\b|(?<!\bof\s+(?:the\s+)?)\btotal investment\b|\bwith an investment of\b`;

/** A forecast, or what a new facility will deliver. */
export const EXPECTED_CUES = String.raw`\b(?:will|would|shall)\b(?!\s+(?:have|has)\b)|\b(?:is|are|was|were)\s+(?:expected|projected|forecast|estimated|set|poised|likely)\s+to\b|\bexpects?\b|\bforecasts?\b|\bis\s+to\b|\bare\s+to\b|\bafter\s+(?:completion|it\s+is\s+completed)\b|\bonce\s+(?:completed|operational|in\s+operation)\b`;

/** A stated aim. */
export const TARGET_CUES = String.raw`\baims?\s+(?:to|at|for)\b|\baiming\b|\btargets?\b|\bgoal\b|\bstrives?\s+to\b|\bseeks?\s+to\b|\bobjective\b`;

/** A running total since a start point: "since 2011", "in three years", "accumulated". */
export const CUMULATIVE_CUES = String.raw`\bsince\s+(?!the\s+(?:start|beginning)\s+of\s+(?:this|the)\s+year)(?:its\s+|the\s+)?(?:launch|opening|establishment|inception|(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d|\p{L}+\s+(?:19|20)\d\d)|\b(?:accumulated|cumulative(?:ly)?|in\s+total\s+since)\b|(?<!\b(?:doubled|tripled|trebled|quadrupled|grew|rose|increased|jumped|surged|climbed|fell|dropped|declined)\s+)\bin\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\b`;

/** A plan of any measure: "plans to send", "planned to reach", "intends to build", "will invest in 59 projects". */
export const PLAN_TO_CUES = String.raw`\bplan(?:s|ned|ning)?\s+to\b|\bintends?\s+to\b|\b(?:will|to)\s+invest\s+in\b`;

/** A figure given as a total: with a period that names only its end, a running total ("a total of 1,164 trips as of 2017"). */
export const TOTAL_CUES = String.raw`\ba\s+total\s+of\b|\bin\s+total\b|\baltogether\b|\btotall?ed\b`;
