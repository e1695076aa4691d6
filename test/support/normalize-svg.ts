/**
 * Makes an SVG snapshot deterministic: Plot's generated class names
 * (`plot-1a2b3c`) and any `id`s are renumbered in order of appearance.
 */
export function normalizeSvg(svg: string): string {
  const names = new Map<string, string>();
  const rename = (name: string, prefix: string) => {
    if (!names.has(name)) names.set(name, `${prefix}-${names.size}`);
    return names.get(name)!;
  };
  return svg
    .replace(/plot-[0-9a-f]{6}/g, (m) => rename(m, 'plot'))
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${rename(id, 'id')}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id, 'id')})`)
    .replace(/></g, '>\n<');
}
