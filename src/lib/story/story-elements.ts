/**
 * A Sätteri mdast plugin for the story's MDX (Astro's Markdown processor):
 * it numbers each `<Fact>` and `<Step>` in document order and hands every
 * one of them the page's story context. The ids of repeated elements, and
 * whether a figure needs its credit again, are read from the source itself,
 * never from a counter that depends on the order components render in.
 *
 * Each element gains `n` (its rank among the elements with the same key in
 * its file, from 1); a `Fact` that cites the same fact as the `Fact` just
 * before it gains `again`; and both gain `story={props.story}`, the value the
 * page passes to `<Content story={…}/>`.
 */

/** The part of an MDX JSX element the plugin reads and writes. */
interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: ReadonlyArray<JsxAttribute | { type: 'mdxJsxExpressionAttribute'; value: string }>;
  children: readonly unknown[];
}

/** The key that numbers an element: `tip-<fact id>` or `step-<chart id>`. */
export function elementKey(name: 'Fact' | 'Step', ref: string): string {
  return name === 'Fact' ? `tip-${ref}` : `step-${ref}`;
}

/** What one story element gains. */
export interface ElementNumber {
  n: number;
  /** A `Fact` citing the same fact as the `Fact` just before it. */
  again: boolean;
}

/** Numbers the story elements of one document, taken in document order. */
export function elementNumberer(): (name: 'Fact' | 'Step', ref: string) => ElementNumber {
  const counts = new Map<string, number>();
  let lastFact: string | null = null;
  return (name, ref) => {
    const key = elementKey(name, ref);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const again = name === 'Fact' && lastFact === ref;
    if (name === 'Fact') lastFact = ref;
    return { n, again };
  };
}

const REF_ATTRIBUTE = { Fact: 'id', Step: 'chart' } as const;

function attribute(node: JsxElement, name: string): string {
  const found = node.attributes.find((a): a is JsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : '';
}

/** The plugin, for `satteri({ mdastPlugins: [storyElements] })`: a fresh numbering per document. */
export function storyElements() {
  const next = elementNumberer();
  // Sätteri cannot set `attributes` in place, so the element is returned anew, with its children.
  const visit = (node: JsxElement): JsxElement | undefined => {
    if (node.name !== 'Fact' && node.name !== 'Step') return undefined;
    const { n, again } = next(node.name, attribute(node, REF_ATTRIBUTE[node.name]));
    const added: JsxAttribute[] = [
      { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
      { type: 'mdxJsxAttribute', name: 'story', value: { type: 'mdxJsxAttributeValueExpression', value: 'props.story' } },
      ...(again ? [{ type: 'mdxJsxAttribute' as const, name: 'again', value: null }] : []),
    ];
    return { type: node.type, name: node.name, attributes: [...node.attributes, ...added], children: node.children };
  };
  return { name: 'story-elements', mdxJsxFlowElement: visit, mdxJsxTextElement: visit };
}
