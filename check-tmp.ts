import { loadChartContext } from './src/lib/charts/chart-context.ts';
import { locatorMap } from './src/lib/charts/locator-map.ts';
import { renderSvg } from './src/lib/charts/render-svg.ts';
import { neighbours } from './src/lib/charts/locator/map-layout.ts';
const ctx = loadChartContext();
const rows = locatorMap.rows(ctx);
for (const w of [300, 320, 440, 640, 720]) for (const focus of [null, 'irkeshtam', 'alashankou', 'kashgar', 'horgos', 'urumqi', 'xinjiang']) {
  const svg = renderSvg(locatorMap.plot(rows, { width: w, focus }, ctx));
  const missing = [...neighbours(ctx.basemap)].map((id) => ctx.places.get(id)!.name).filter((n) => !svg.includes(`>${n}<`));
  if (missing.length) console.log(w, focus, 'missing', missing);
}
