/** The story page's plan, worked out before it renders: references checked, heading level, element ids. */
import { describe, expect, it } from 'vitest';
import { elementNumberer, storyElements } from '../src/lib/story/story-elements.ts';
import { elementId, planStory } from '../src/lib/story/story-plan.ts';
import { CHART_FACTS } from './support/chart-facts.ts';
import { fixtureContext } from './support/chart-fixture.ts';

const charts = fixtureContext(CHART_FACTS);
const shared = { data: charts.data, charts, chartCopy: new Map(), labels: charts.words.labels };
const CHART_IDS = ['freight-trains', 'locator-map'];
const file = (id: string, text: string) => ({ id, file: `content/story/${id}.mdx`, text });

describe('planStory', () => {
  it('gives the first file bare ids and the others a prefix, and anchors each chart at its first step on the page', () => {
    const plan = planStory(
      [file('index', '<Step chart="freight-trains">a</Step>\n<Step chart="freight-trains">b</Step>'), file('more', '<Step chart="freight-trains">c</Step>\n<Step chart="locator-map">d</Step>')],
      shared,
      CHART_IDS,
    );
    expect(plan.get('index')!.prefix).toBe('');
    expect(plan.get('more')!.prefix).toBe('more-');
    expect([...plan.get('index')!.anchors].sort()).toEqual(['more-step-locator-map-1', 'step-freight-trains-1']);
    expect(elementId(plan.get('more')!.prefix, 'step-freight-trains', 1)).toBe('more-step-freight-trains-1');
  });

  it('sets chart titles to h3 when any file has its own sections', () => {
    expect(planStory([file('index', 'x')], shared, CHART_IDS).get('index')!.heading).toBe('h2');
    expect(planStory([file('index', 'x'), file('b', '## Ports\ny')], shared, CHART_IDS).get('b')!.heading).toBe('h3');
  });

  it('fails on a focus that names nothing, with the file, the line and the fix', () => {
    const text = '\n<Step chart="freight-trains" focus="horgoss">a</Step>\n<Step chart="freight-trains" focus="horgos">b</Step>\n<Step chart="freight-trains" focus="train-trips">c</Step>';
    expect(() => planStory([file('index', text)], shared, CHART_IDS)).toThrow(
      /content\/story\/index\.mdx:2: focus="horgoss": names no place, measure or fact\. Fix: use a place id/,
    );
    expect(() => planStory([file('index', text.replace('horgoss', 'train-trips-horgos-1'))], shared, CHART_IDS)).not.toThrow();
  });

  it('fails on a dangling reference and on an empty story', () => {
    expect(() => planStory([file('index', '<Fact id="no-such-fact"/>')], shared, CHART_IDS)).toThrow(/index\.mdx:1: <Fact id="no-such-fact">/);
    expect(() => planStory([], shared, CHART_IDS)).toThrow(/no story file/);
  });
});

describe('story elements', () => {
  it('numbers elements per key in document order and marks a fact cited straight again', () => {
    const next = elementNumberer();
    expect(next('Fact', 'a')).toEqual({ n: 1, again: false });
    expect(next('Fact', 'a')).toEqual({ n: 2, again: true });
    expect(next('Step', 'a')).toEqual({ n: 1, again: false });
    expect(next('Fact', 'b')).toEqual({ n: 1, again: false });
    expect(next('Fact', 'a')).toEqual({ n: 3, again: false });
  });

  it('adds n, story and again to the elements and leaves other JSX alone', () => {
    const plugin = storyElements();
    const fact = { type: 'mdxJsxTextElement' as const, name: 'Fact', attributes: [{ type: 'mdxJsxAttribute' as const, name: 'id', value: 'x' }], children: [] };
    const first = plugin.mdxJsxTextElement(fact)!;
    const again = plugin.mdxJsxTextElement(fact)!;
    expect(first.attributes.map((a) => ('name' in a ? a.name : ''))).toEqual(['id', 'n', 'story']);
    expect(again.attributes.map((a) => ('name' in a ? a.name : ''))).toEqual(['id', 'n', 'story', 'again']);
    expect(plugin.mdxJsxFlowElement({ ...fact, type: 'mdxJsxFlowElement', name: 'Aside' })).toBeUndefined();
  });
});
