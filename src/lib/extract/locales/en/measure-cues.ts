/**
 * English cue words that tell which measure a figure is, beyond its unit:
 * what is traded, where it crosses, what carries it, whether it is a rate, a
 * peak or a capacity, and which activity a time is the length of.
 */

/** Trade as the thing counted: `trade`, but not `free trade zone` or `trade expo`, where it only names something else. */
export const TRADE_RE = /\b(?:foreign trade|import and export|imports? and exports?|exports?|imports?|(?:goods|cargo|products|commodities)\b[^,;]{0,40}\bworth|value\s+of\s+(?:the\s+)?(?:goods|cargo|commodities)\b|trade(?!\s*-?\s*(?:zones?|expo|fair|centers?|centres?|ports?|hubs?|areas?|corridors?|routes?|partners?|facilitation|cooperation|agreements?|war|barriers|shows?|missions?|talks|businesses|ministers?|ministry|organi[sz]ations?|market))|trading)\b/i;
export const PORT_RE = /\b(?:port|ports|customs|clearance|border|pass|crossing|checkpoint)\b/i;
export const TRAIN_RE = /\b(?:train|trains|railway express|rail freight|China\s*-\s*Europe|China\s*-\s*EU)\b/i;
/** Trains themselves, as the carrier of the cargo counted: `500 freight trains carried 90,000 tons`. */
export const TRAIN_NOUN_RE = /\b(?:trains?|train trips)\b/i;
/** A railway or a rail port: its routes are train routes. */
export const RAIL_RE = /\brail(?:way)?s?\b/i;
/** Routes that are not rail routes. */
export const NON_RAIL_ROUTE_RE = /\b(?:road|highway|air|flights?|bus|shipping|sea|truck|trucking|passenger)\b/i;
/** A rate per day: `20 trains a day`, `a daily average of six`, `on a daily basis`. */
export const PER_DAY_RE = /\b(?:every day|per day|a day|daily|each day|single-day|one-day)\b/i;
/** The highest rate, not the usual one: `a daily high of 35`, `a single-day peak of 41`. */
export const PEAK_RE = /\b(?:peak|high|record|maximum)\b/i;
/** What a crossing can handle, not what it did: `can take up to 800 lorries a day`, `a capacity of`. */
export const CAPACITY_RE = /\bcapacity\b|\bcan (?:handle|process|accommodate|receive|pass)\b|\bdesigned to (?:handle|process)\b/i;
export const PRODUCTION_RE = /\b(?:produced|produce|production|manufactured|assembled|sold|sales)\b/i;
/** Countries a place trades with: `trade with 205 countries`, `trading partners in 60 countries`. */
export const PARTNER_RE = /\btrad(?:e|es|ed|ing)\s+(?:ties\s+|relations\s+)?with\b|\btrading partners?\b|\beconomic and trade (?:ties|relations)\b/i;

/**
 * How long an activity takes, by the words that name it; the nearest cue
 * to the time wins. A time whose activity no cue names is a `duration`.
 */
export const ACTIVITY_TIMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\breload(?:s|ed|ing)?\b|\bgauge[- ]chang(?:e|es|ing)\b|\btrans-?shipment\b/i, 'reloading-time'],
  [/\bcontainer handling\b|\bhandl(?:e|ing) (?:a|each|one) container\b/i, 'container-handling-time'],
  [/\bprocessing\b|\bprocessed\b/i, 'processing-time'],
  [/\bclearance\b|\bcustoms\b|\binspection\b|\bcleared\b/i, 'clearance-time'],
  [/\bapprov(?:al|e|ed|ing)\b/i, 'approval-time'],
  [/\bfrom (?:preparing|planning|signing|setting up|the start)\b[^.;]{0,80}?\bto\b/i, 'project-lead-time'],
];

/** People counted as a workforce: "employ 3,000 people", "hire 200 workers". */
export const EMPLOY_RE = /\b(?:employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|jobs?\s+for|workforce|staff(?:ed)?)\b/i;

/** Which way cargo or vehicles went, named before the figure in its clause: "Exports increased by 42% to 1.5 million tons". Both ways at once name neither. */
export const FLOW_DIRECTIONS: ReadonlyArray<readonly [RegExp, 'export' | 'import' | 'transit']> = [
  [/(?<!\bimports?\s+and\s+)\bexport(?:s|ed|ing)?\b(?!\s+and\s+imports?)/i, 'export'],
  [/(?<!\bexports?\s+and\s+)\bimport(?:s|ed|ing)?\b(?!\s+and\s+exports?)/i, 'import'],
  [/\btransit\b/i, 'transit'],
];
