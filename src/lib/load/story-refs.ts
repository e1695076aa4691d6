/**
 * Checks the story's references before it renders: every `<Fact id="…">`
 * must name an extracted fact and every `<Step chart="…">` a registered
 * chart. A dangling reference fails the build with the file, the line and
 * the fix, instead of printing a hole in the story.
 */

/** A reference found in the story source. */
export interface StoryRef {
  kind: 'fact' | 'chart';
  id: string;
  line: number;
}

const REF_RE = /<(Fact|Step|Chart)\b[^>]*?\b(id|chart)="([^"]*)"/g;

/** MDX comments, `{/* … *\/}`: their examples are not references. */
const COMMENT_RE = /\{\/\*[\s\S]*?\*\/\}/g;

/** Fenced code blocks, whose examples are not elements either. */
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm;

/** The source with comments and fenced code blanked out, newlines kept, so line numbers stay true. */
function blankNonCode(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source.replace(COMMENT_RE, blank).replace(FENCE_RE, blank);
}

/** Every fact and chart reference in an MDX source, with its line number. */
export function storyRefs(source: string): StoryRef[] {
  const refs: StoryRef[] = [];
  const code = blankNonCode(source);
  for (const match of code.matchAll(REF_RE)) {
    const [, tag, attribute, id] = match;
    const kind = tag === 'Fact' && attribute === 'id' ? 'fact' : attribute === 'chart' ? 'chart' : null;
    if (!kind) continue;
    refs.push({ kind, id: id!, line: code.slice(0, match.index).split('\n').length });
  }
  return refs;
}

/**
 * The errors for references that resolve to nothing, or to a fact held back
 * by the publication gate (`held`: id → why it is low), one line each, or an
 * empty list. `file` is the story file's path, for the message.
 */
export function danglingRefs(file: string, source: string, factIds: ReadonlySet<string>, chartIds: readonly string[], held: ReadonlyMap<string, string> = new Map()): string[] {
  return storyRefs(source).flatMap((ref) => {
    if (ref.kind === 'fact' && !factIds.has(ref.id)) {
      return [`${file}:${ref.line}: <Fact id="${ref.id}">: no extracted fact has this id. Fix: pick a current id from src/generated/facts.json (or /data/facts.csv); ids change when a figure's value, place or period changes`];
    }
    if (ref.kind === 'fact' && held.has(ref.id)) {
      return [`${file}:${ref.line}: <Fact id="${ref.id}">: low confidence (${held.get(ref.id)}) and not reviewed. Fix: check it against its source and accept or correct it in content/review.yaml (action: accept), or cite a reviewed fact`];
    }
    if (ref.kind === 'chart' && !chartIds.includes(ref.id)) {
      return [`${file}:${ref.line}: chart="${ref.id}": unknown chart id. Fix: use one of ${chartIds.join(', ')}`];
    }
    return [];
  });
}

const FOCUS_RE = /<Step\b[^>]*?\bfocus="([^"]*)"/g;

/**
 * The errors for `<Step focus="…">` values that name nothing a chart can
 * emphasise (`known`: place ids, measure ids and fact ids). Such a focus would
 * dim every mark of the chart and say nothing.
 */
export function unknownFocus(file: string, source: string, known: ReadonlySet<string>): string[] {
  const code = blankNonCode(source);
  return [...code.matchAll(FOCUS_RE)].flatMap((match) => {
    const focus = match[1]!;
    if (known.has(focus)) return [];
    const line = code.slice(0, match.index).split('\n').length;
    return [`${file}:${line}: focus="${focus}": names no place, measure or fact. Fix: use a place id from content/gazetteer.yaml, a measure id from src/schema/measures.ts or a fact id from src/generated/facts.json`];
  });
}

/**
 * The ids the story cites or focuses on (`<Fact id>`, `<Step focus>`): a
 * chart's row budget keeps those rows whatever it leaves out, so adding
 * articles never drops a figure from the chart beside the sentence that
 * cites it.
 */
export function citedIds(sources: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const source of sources) {
    for (const ref of storyRefs(source)) if (ref.kind === 'fact') ids.add(ref.id);
    for (const match of blankNonCode(source).matchAll(FOCUS_RE)) ids.add(match[1]!);
  }
  return ids;
}
