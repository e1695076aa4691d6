/**
 * A place dossier's locator inset: Xinjiang and the countries around it,
 * with the place marked (a dot for a city or a port, its outline filled
 * for Xinjiang or a country). Basemap and place in, SVG out; the page
 * gives the alt text. Colours are CSS variables, so it follows the theme.
 */
import escapeHtml from 'escape-html';
import { geoBounds, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3';
import type { Place } from '../../../schema.ts';
import type { Basemap } from '../basemap-types.ts';

/** The inset's size in CSS pixels; it scales down with its container. */
export const INSET = { width: 280, height: 200, pad: 0 } as const;
/** How much of the frame's width and height to add on each side. */
const MARGIN = 0.18;

/**
 * The inset for `place`, or null when the basemap does not reach it (a
 * place in Europe) or the gazetteer gives it no point.
 */
export function placeInset(basemap: Basemap, place: Place, label: string): string | null {
  const outline = place.id === 'xinjiang' ? basemap.xinjiang : basemap.countries.features.find((f) => f.properties.id === place.id);
  const point: [number, number] = [place.lon, place.lat];
  const [[west, south], [east, north]] = [[basemap.extent[0], basemap.extent[1]], [basemap.extent[2], basemap.extent[3]]];
  const reached = outline ?? (place.lon >= west && place.lon <= east && place.lat >= south && place.lat <= north ? point : null);
  if (!reached) return null;
  // Framed on Xinjiang, widened to take in a neighbour's whole outline or a point beyond.
  const [[xw, xs], [xe, xn]] = geoBounds(basemap.xinjiang);
  const [[ow, os], [oe, on]] = outline ? geoBounds(outline) : [point, point];
  const [w, s, e, n] = [Math.min(xw, ow), Math.min(xs, os), Math.max(xe, oe), Math.max(xn, on)];
  // A margin of neighbours all round, so the place is seen among the countries it borders.
  const [dx, dy] = [(e - w) * MARGIN, (n - s) * MARGIN];
  const frame: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: [[w - dx, s - dy], [e + dx, n + dy]] };
  const projection = geoMercator().fitExtent([[INSET.pad, INSET.pad], [INSET.width - INSET.pad, INSET.height - INSET.pad]], frame);
  const path = geoPath(projection).digits(1);
  const land = basemap.countries.features.map((f) => `<path class="inset-land" d="${path(f)}"/>`).join('');
  const home = `<path class="inset-xinjiang" d="${path(basemap.xinjiang)}"/>`;
  const mark = outline
    ? `<path class="inset-place" d="${path(outline)}"/>`
    : dot(projection(point));
  return `<svg class="place-inset" overflow="hidden" viewBox="0 0 ${INSET.width} ${INSET.height}" width="${INSET.width}" height="${INSET.height}" role="img" aria-label="${escapeHtml(label)}">${land}${home}${mark}</svg>`;
}

function dot(at: [number, number] | null): string {
  if (!at) return '';
  const [x, y] = at.map((v) => Math.round(v * 10) / 10) as [number, number];
  return `<circle class="inset-dot" cx="${x}" cy="${y}" r="5"/>`;
}
