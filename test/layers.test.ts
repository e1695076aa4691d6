/**
 * The house's layers run one way: article → extract → facts → charts →
 * pages / embeds / exports. Each folder may import only from itself and from
 * folders listed before it in {@link LAYERS}; `src/` never imports
 * `scripts/`; no module imports itself through a cycle; and module-level
 * mutable state lives only in `src/lib/memo/` (the one cache policy).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Bottom layer first. A file belongs to the longest entry its path starts with. */
const LAYERS = [
  'src/schema',
  'src/lib/memo',
  'src/lib/calendar',
  'src/lib/site',
  'src/lib/security',
  'src/lib/article',
  'src/lib/gazetteer',
  'src/lib/extract',
  'src/lib/format',
  'src/lib/review',
  'src/lib/io',
  'src/lib/pipeline',
  'src/lib/accuracy',
  'src/lib/load',
  'src/lib/charts',
  'src/lib/story',
  'src/lib/embed',
  'src/lib/exports',
  'src/lib/quality',
  'src/integrations',
  'src/scripts',
  'src/styles',
  'src/components',
  'src/layouts',
  'src/pages',
  'src',
  'scripts',
] as const;

/** The schema barrel sits with the schema it re-exports. */
const LAYER_OF_FILE: Record<string, string> = { 'src/schema.ts': 'src/schema' };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

/** A file's layer: its index in {@link LAYERS}. */
export function layerOf(file: string): number {
  const named = LAYER_OF_FILE[file];
  if (named) return LAYERS.indexOf(named as (typeof LAYERS)[number]);
  const matches = LAYERS.map((layer, i) => [layer, i] as const).filter(([layer]) => file === layer || file.startsWith(`${layer}/`));
  if (!matches.length) throw new Error(`${file}: in no layer. Fix: add its folder to LAYERS in test/layers.test.ts`);
  return matches.sort((a, b) => b[0].length - a[0].length)[0]![1];
}

/** The code of a file: an .astro file's front matter, anything else whole. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
}

/** The project files a file imports (relative imports only; packages are outside the layers). */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(codeOf(file), true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => normalize(join(dirname(file), name)))
    .filter((path) => /\.(ts|mjs|astro)$/.test(path));
}

const FILES = [...filesUnder('src'), ...filesUnder('scripts')].sort();
const GRAPH = new Map(FILES.map((file) => [file, importsOf(file)]));

describe('layers', () => {
  it('puts every source file in a layer', () => {
    expect(FILES.length).toBeGreaterThan(100);
    for (const file of FILES) expect(() => layerOf(file)).not.toThrow();
  });

  it('never imports from a layer above, and src/ never imports scripts/', () => {
    const upward = [...GRAPH].flatMap(([file, targets]) =>
      targets.filter((target) => layerOf(target) > layerOf(file)).map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of GRAPH.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of FILES) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('the check sees an upward import and a cycle', () => {
    // Guards the guard: a chart module importing a page, and the layer order itself.
    expect(layerOf('src/lib/charts/registry.ts')).toBeLessThan(layerOf('src/pages/index.astro'));
    expect(layerOf('src/lib/charts/locator/map-frame.ts')).toBe(layerOf('src/lib/charts/registry.ts'));
    expect(layerOf('src/schema.ts')).toBe(0);
    expect(layerOf('src/lib/extract/locales/en/units.ts')).toBeLessThan(layerOf('src/lib/format/format-value.ts'));
  });
});

/** Module-level bindings that hold state: a top-level `let`/`var`, or a collection changed after it was made. */
export function moduleState(code: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const collections: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const mutable = !(list.flags & ts.NodeFlags.Const);
    for (const declaration of list.declarations) {
      const name = declaration.name.getText(source);
      if (mutable) found.push(`let ${name}`);
      const init = declaration.initializer?.getText(source) ?? '';
      if (/^new (Map|Set|WeakMap|WeakSet)\b|^\[\]$|^\{\}$/.test(init)) collections.push(name);
    }
  }
  for (const name of collections) {
    if (new RegExp(String.raw`\b${name}\.(set|add|delete|clear|push|pop|shift|unshift|splice)\(|\b${name}\[[^\]]+\]\s*=[^=]`).test(code)) found.push(`${name} changed after load`);
  }
  return found;
}

describe('module state', () => {
  it('lives only in src/lib/memo', () => {
    const stateful = FILES.filter((f) => f.startsWith('src/lib/') && !f.startsWith('src/lib/memo/') && f.endsWith('.ts')).flatMap((file) =>
      moduleState(readFileSync(file, 'utf8')).map((what) => `${file}: ${what}`),
    );
    expect(stateful).toEqual([]);
  });

  it('is found when it is there', () => {
    expect(moduleState('let last = null;\nexport const f = () => last;')).toEqual(['let last']);
    expect(moduleState('const seen = new Map();\nexport function f(k) { seen.set(k, 1); }')).toEqual(['seen changed after load']);
    expect(moduleState('const WORDS = new Set(["a"]);\nexport const f = (w) => WORDS.has(w);')).toEqual([]);
    expect(moduleState('export function f() { let n = 0; return ++n; }')).toEqual([]);
  });
});
