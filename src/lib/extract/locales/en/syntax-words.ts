/**
 * English words the syntactic layer (`syntax.ts`) needs beyond the tags.
 */

/**
 * Nouns of a flow whose count is of the thing that flows: "car exports
 * reached 18,000" counts cars, "shipments of containers hit 900" containers.
 * Lemmas, lower case.
 */
export const FLOW_HEADS: ReadonlySet<string> = new Set(['export', 'import', 'shipment', 'sale', 'delivery', 'output', 'production', 'arrival', 'departure', 'crossing', 'transit', 'flow']);
