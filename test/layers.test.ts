/**
 * The house's layers run one way: article → extract → facts → charts →
 * pages / embeds / exports. Each folder may import only from itself and from
 * folders listed before it in {@link LAYERS}; `src/` never imports
 * `scripts/`; no module imports itself through a cycle; and module-level
 * mutable state lives only in `src/lib/memo/` (the one cache policy).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_INPUTS } from '../src/lib/io/extractor-hash.ts';

/** Bottom layer first. A file belongs to the longest entry its path starts with. */
const LAYERS = [
  'src/types',
  'src/schema',
  'src/lib/memo',
  'src/lib/calendar',
  'src/lib/yaml',
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
  'src/content.config.ts',
  'scripts',
  'astro.config.mjs',
] as const;

/** The schema barrel sits with the schema it re-exports. */
const LAYER_OF_FILE: Record<string, string> = { 'src/schema.ts': 'src/schema' };

const CODE_RE = /\.(ts|mjs|astro)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : CODE_RE.test(name) ? [path] : [];
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

/** The code of a file: an .astro file's front matter and scripts (a `src` counts as an import), anything else whole. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const front = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, body]) => {
    const src = /\bsrc="(\.[^"]+)"/.exec(attributes!)?.[1];
    return `${src ? `import '${src}';` : ''}\n${/\bis:inline\b/.test(attributes!) ? '' : body}`;
  });
  return [front, ...scripts].join('\n');
}

/** The project files a file imports, and the relative imports that resolve to no file. Packages are outside the layers. */
function importsOf(file: string): { targets: string[]; unresolved: string[] } {
  const paths = ts
    .preProcessFile(codeOf(file), true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => normalize(join(dirname(file), name)));
  return { targets: paths.filter((p) => CODE_RE.test(p) && existsSync(p)), unresolved: paths.filter((p) => !existsSync(p)) };
}

/** Imports that go up the layers, as `from → to`. */
export function upwardImports(graph: ReadonlyMap<string, readonly string[]>, layer: (file: string) => number): string[] {
  return [...graph].flatMap(([file, targets]) => targets.filter((target) => layer(target) > layer(file)).map((target) => `${file} → ${target}`));
}

/** Every import cycle, as `a → b → a`. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return cycles;
}

const FILES = [...filesUnder('src'), ...filesUnder('scripts'), 'astro.config.mjs'].sort();
const IMPORTS = new Map(FILES.map((file) => [file, importsOf(file)]));
const GRAPH = new Map([...IMPORTS].map(([file, { targets }]) => [file, targets]));

/** Every file `from` imports, directly or not. */
function reachable(from: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of GRAPH.get(file) ?? []) walk(target);
  };
  walk(from);
  return seen;
}

describe('layers', () => {
  it('puts every source file in a layer, and every relative import resolves to a file', () => {
    expect(FILES.length).toBeGreaterThan(100);
    for (const file of FILES) expect(() => layerOf(file)).not.toThrow();
    expect([...IMPORTS].flatMap(([file, { unresolved }]) => unresolved.map((u) => `${file} → ${u}`))).toEqual([]);
    // The graph sees .astro front matter, <script src> and astro.config.mjs.
    expect(GRAPH.get('src/pages/index.astro')).toContain('src/lib/story/story-plan.ts');
    expect(GRAPH.get('src/pages/index.astro')).toContain('src/scripts/scrolly.ts');
    expect(GRAPH.get('astro.config.mjs')).toContain('src/lib/story/story-elements.ts');
  });

  it('never imports from a layer above, and src/ never imports scripts/', () => {
    expect(upwardImports(GRAPH, layerOf)).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(importCycles(GRAPH)).toEqual([]);
  });

  it('the checks see an upward import and a cycle', () => {
    const graph = new Map([
      ['src/lib/charts/a.ts', ['src/pages/p.astro', 'src/lib/charts/b.ts']],
      ['src/lib/charts/b.ts', ['src/lib/charts/a.ts']],
      ['src/pages/p.astro', ['src/lib/charts/a.ts']],
    ]);
    expect(upwardImports(graph, layerOf)).toEqual(['src/lib/charts/a.ts → src/pages/p.astro']);
    expect(importCycles(graph)).toEqual(['src/lib/charts/a.ts → src/pages/p.astro → src/lib/charts/a.ts', 'src/lib/charts/a.ts → src/lib/charts/b.ts → src/lib/charts/a.ts']);
    expect(layerOf('src/schema.ts')).toBe(layerOf('src/schema/facts.ts'));
    expect(() => layerOf('src/lib/new-folder/x.ts')).toThrow(/in no layer/);
  });

  it('keys the reading cache on every folder the article reader imports', () => {
    const read = [...reachable('src/lib/extract/extract-article.ts')];
    expect(read.filter((file) => !EXTRACTOR_INPUTS.some((input) => file === input || file.startsWith(`${input}/`)))).toEqual([]);
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
