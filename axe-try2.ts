import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from './scripts/browser/launch.ts';
import { routeDist } from './test/support/route-dist.ts';
import { globSync } from 'node:fs';
const browser = await launchChromium();
const pages = globSync('dist/**/index.html').map((f) => f.replace(/^dist/, '').replace(/index\.html$/, ''));
for (const scheme of ['light', 'dark'] as const) for (const js of [true]) for (const width of [375, 1200]) {
  const context = await browser.newContext({ colorScheme: scheme, javaScriptEnabled: js, viewport: { width, height: 800 } });
  await routeDist(context, 'http://site.test');
  for (const p of pages) {
    const page = await context.newPage();
    await page.goto('http://site.test' + p);
    const r = await new AxeBuilder({ page }).analyze();
    for (const v of r.violations) console.log(scheme, js, width, p, v.id, v.impact, v.nodes.length, v.nodes.slice(0,2).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary?.replace(/\n/g,' ').slice(0,300)).join(' || '));
    await page.close();
  }
  await context.close();
}
await browser.close();
