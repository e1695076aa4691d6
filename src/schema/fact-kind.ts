import { z } from 'zod';

/** The broad category a fact belongs to. Its own module, so the measure registry and the fact schema can both use it. */
export const FactKind = z.enum(['investment', 'project', 'port', 'trains', 'trade', 'other']);
export type FactKind = z.infer<typeof FactKind>;
