/**
 * The heading level of a story chart's title, so the page's outline never
 * skips a level: under the page's h1 a chart title is an h2, unless the
 * story's copy has its own `##` sections, which the charts then sit under.
 */
export type ChartHeading = 'h2' | 'h3';

/** Whether MDX source holds a level-2 heading, in Markdown or as HTML. */
export function hasSections(mdx: string): boolean {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return /^ {0,3}##(?!#)\s/m.test(body) || /<h2[\s>]/i.test(body);
}

/** The level a story step gives its chart's title, from the copy of every story file. */
export function chartHeadingFor(mdxSources: readonly string[]): ChartHeading {
  return mdxSources.some(hasSections) ? 'h3' : 'h2';
}
