/**
 * The locator map's base layers, as stored in `content/geo/basemap.json`:
 * GeoJSON features clipped to the map's extent and simplified.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Properties every basemap feature carries. */
export interface BasemapProperties {
  /** Gazetteer id of the country or region, e.g. `kazakhstan`, `xinjiang`. */
  id: string;
  name: string;
}

export type BasemapFeature = Feature<Polygon | MultiPolygon, BasemapProperties>;

/** The stored basemap. */
export interface Basemap {
  /** Where the borders come from, printed under the map. */
  attribution: string;
  /** [west, south, east, north] in degrees: the extent the layers were clipped to. */
  extent: [number, number, number, number];
  /** Countries around Xinjiang, China included. */
  countries: FeatureCollection<Polygon | MultiPolygon, BasemapProperties>;
  /** Xinjiang's outline. */
  xinjiang: BasemapFeature;
}
