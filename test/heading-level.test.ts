import { describe, expect, it } from 'vitest';
import { chartHeadingFor, hasSections } from '../src/lib/story/heading-level.ts';

describe('story chart heading level', () => {
  it('sees a Markdown or HTML level-2 heading, not a deeper one, front matter or code', () => {
    expect(hasSections('---\ntitle: x\n---\nText\n\n## The ports\n')).toBe(true);
    expect(hasSections('Text <h2 id="a">Ports</h2>')).toBe(true);
    expect(hasSections('### Detail\n#### Deeper\n')).toBe(false);
    expect(hasSections('---\ntitle: "## not a heading"\n---\nText\n')).toBe(false);
    expect(hasSections('```md\n## in a code block\n```\n')).toBe(false);
  });

  it('makes chart titles h2 under the h1, and h3 when any story file has its own sections', () => {
    expect(chartHeadingFor(['<Step chart="timeline">Text</Step>'])).toBe('h2');
    expect(chartHeadingFor(['Intro', '## A section\n<Step chart="timeline">Text</Step>'])).toBe('h3');
  });
});
