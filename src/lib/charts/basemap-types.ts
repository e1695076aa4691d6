/**
 * The locator map's base layers, as stored in `content/geo/basemap.json`:
 * GeoJSON features clipped to the map's extent and simplified. The types
 * come from the zod schema in `src/schema/geo.ts`, which `load-geo.ts`
 * validates the file against.
 */
import type { z } from 'zod';
import type { Basemap as BasemapSchema, BasemapFeature as BasemapFeatureSchema, BasemapProperties as BasemapPropertiesSchema } from '../../schema.ts';

/** Properties every basemap feature carries. */
export type BasemapProperties = z.infer<typeof BasemapPropertiesSchema>;

/** A country or Xinjiang outline. */
export type BasemapFeature = z.infer<typeof BasemapFeatureSchema>;

/** The stored basemap. */
export type Basemap = z.infer<typeof BasemapSchema>;
