/**
 * English words that put a place mention in a role that is not where a
 * figure was counted, for `place-roles.ts`. Each pattern ends where the
 * place's name begins.
 */

/** A destination or a route's end, in the figure's own stretch: `exports to`, `connecting China with`. */
export const DESTINATION_RE = /\b(?:to|for|into|connecting|linking|between|from)\s+(?:the\s+)?$/i;

/** A source named for what it said: "according to Urumqi Customs". */
export const SOURCE_RE = /\baccording\s+to\s+(?:the\s+)?$/i;

/**
 * A role that is never where a figure was counted, whatever else the clause
 * names: a partner (`trade with China`); a route's end after a movement verb
 * (`exports to`, `crossed into`; money given `to` a place is that place's); a
 * source (`imports from`; a train's origin, `set off from`, is where it is
 * counted); a market goods are sold in (`the local market of Xinjiang`); where a
 * meeting was held; a landmark something stands near.
 */
export const ELSEWHERE_RE = /\b(?:(?:trade|turnover|exchanges?|commerce|cooperation|crossings?|ties|relations)\s+with|(?:export(?:s|ed)?|sold|sells?|ship(?:ped|ments?)?|bound|destined|head(?:ed|ing)|cross(?:ed|es|ing)?|mov(?:ed|ing))\s+(?:to|into|for)|(?<!\b(?:set\s+off|set\s+out|depart(?:ed|ing|s)?|left|leav(?:e|es|ing)|launched|originat(?:ed|ing)|start(?:ed|ing)|ran|run(?:s|ning)?)\s+)from|between|connecting|linking|markets?\s+(?:of|in)|(?:held|hosted|staged|convened|took\s+place)\s+(?:in|at)|near|close\s+to|next\s+to|adjacent\s+to|bordering)\s+(?:the\s+)?$/i;

/** Between two items of one list: `, ` or `and`, with no determiner (`Close to Kyrgyzstan, the prefecture …` is no list). */
export const LISTED_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/i;

/** Examples in a list ("cities such as Almaty and Tashkent") are not where the figure is. */
export const EXAMPLE_RE = /\b(?:such\s+as|including|like)\s+(?:the\s+)?(?:[\p{L}'’-]+(?:,\s*|\s+and\s+|\s+))*$/iu;
