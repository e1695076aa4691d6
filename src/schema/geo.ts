/**
 * The locator map's reference data: the basemap (`content/geo/basemap.json`,
 * written by `npm run basemap`) and the hub system and corridors
 * (`content/geo/corridors.yaml`, curated by hand).
 */
import { z } from 'zod';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a gazetteer id such as `kashgar`');

/** A longitude, latitude pair in degrees. */
export const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const Ring = z.array(LonLat).min(4, 'a ring needs at least four positions (the first repeated last)');

const Polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) });
const MultiPolygon = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) });

/** Properties every basemap feature carries. */
export const BasemapProperties = z.object({
  /** Gazetteer id of the country or region, e.g. `kazakhstan`, `xinjiang`. */
  id: Id,
  name: z.string().min(1),
});

/** A country or region outline, as GeoJSON with d3's winding (exterior rings clockwise). */
export const BasemapFeature = z.object({
  type: z.literal('Feature'),
  properties: BasemapProperties,
  geometry: z.discriminatedUnion('type', [Polygon, MultiPolygon]),
});

/** `content/geo/basemap.json`: outlines clipped to the map's extent and simplified. */
export const Basemap = z.object({
  /** Where the borders come from, printed under the map. */
  attribution: z.string().min(1),
  /** [west, south, east, north] in degrees: the extent the layers were clipped to. */
  extent: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** Countries around Xinjiang, China included. */
  countries: z.object({ type: z.literal('FeatureCollection'), features: z.array(BasemapFeature).min(1) }),
  /** Every border between or around those countries, once each: what the map strokes. */
  borders: z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(LonLat).min(2)).min(1) }),
  /** Xinjiang's outline. */
  xinjiang: BasemapFeature,
  /** The inset that shows where Xinjiang is: China's whole outline and a coarser Xinjiang, not clipped. */
  inset: z.object({ china: BasemapFeature, xinjiang: BasemapFeature }),
});
export type Basemap = z.infer<typeof Basemap>;

/** A schematic route: the places it passes, in order. */
export const Corridor = z.strictObject({
  id: Id,
  /** Short name, e.g. `Kashgar–Irkeshtam–Osh`. */
  name: z.string().trim().min(1),
  /** What the line is: which route it sketches, and that it is schematic. */
  note: z.string().trim().min(1),
  /** Gazetteer ids, from the Xinjiang end outward. */
  places: z.array(Id).min(2, 'needs at least two places'),
});
export type Corridor = z.infer<typeof Corridor>;

/** `content/geo/corridors.yaml`: the hub system and the corridors leaving it. */
export const Corridors = z.strictObject({
  hubs: z.strictObject({
    /** The one centre. */
    centre: Id,
    /** The fulcrums around it. */
    fulcrums: z.array(Id).min(1),
  }),
  corridors: z.array(Corridor).min(1),
});
export type Corridors = z.infer<typeof Corridors>;
