import { describe, expect, it } from 'vitest';
import { contentSpans } from '../src/lib/extract/furniture.ts';
import { segment } from '../src/lib/extract/segment.ts';

const kept = (body: string) => contentSpans(body).map((s) => body.slice(s.start, s.end));

describe('contentSpans', () => {
  it('drops navigation, bylines, captions, copyright and everything after "- END -"', () => {
    const body = [
      'NEWSSITE   ›   News   ›   Xinjiang News',
      'A headline without a full stop',
      'Author:Some Daily Time:2022.07.20',
      'Photo taken on May 3, 2023 shows lorries queuing at the gate. (Some Daily/ A Photographer)',
      'The port handled 3,410 trains between January and May.',
      '(Reporter Zhang Wei Liu Fang)',
      '【Edit: Sun Lei】',
      '(Reprinting of this page requires written permission from the publisher.)',
      '- END -',
      'A teaser about 16 years of rice, with a full stop.',
    ].join('\n');
    expect(kept(body)).toEqual(['The port handled 3,410 trains between January and May.']);
  });

  it('reads on past a translated "Next step," which is no link', () => {
    expect(kept('Real text with 3 projects.\nNext step, the zone will sign 100 projects.')).toEqual(['Real text with 3 projects.', 'Next step, the zone will sign 100 projects.']);
  });
  it('drops PREV/NEXT links, tags and "We Recommend" tails', () => {
    expect(kept('Real text with 3 projects.\nTags: ports\nPREV Tacheng hosts a border trade fair\nNEXT Another story.')).toEqual(['Real text with 3 projects.']);
    expect(kept('Real text.\nWe Recommend\nOther story with 5 trains.')).toEqual(['Real text.']);
  });

  it('cuts the dateline from the first paragraph but keeps the sentence after it', () => {
    const body = 'China News Service, Yining, Xinjiang, March 12 (Wang Lei) The thaw has reopened the mountain roads.';
    expect(kept(body)).toEqual(['The thaw has reopened the mountain roads.']);
    expect(kept('URUMQI, July 20 (Xinhua) -- The port grew.')).toEqual(['The port grew.']);
  });
});

describe('links inside the article', () => {
  it('skips a "Read more: …" link and reads on; a list heading standing alone still ends the article', () => {
    const body = 'Horgos handled 5,000 trains in 2024.\nRead more: Kashgar signs 40 projects worth 9 billion yuan.\nMore than 500 enterprises registered in the zone.\nRelated stories\nHorgos saw 800 trains in April as trade grew.\n';
    expect(contentSpans(body).map((s) => body.slice(s.start, s.end))).toEqual(['Horgos handled 5,000 trains in 2024.', 'More than 500 enterprises registered in the zone.']);
  });
});

describe('segment', () => {
  it('splits sentences at the right places, with offsets that slice the body exactly', () => {
    const body = 'Intro line.\nDr. Rice said 37%over the target. 5,900 trains left. "It is done." Then more.\n';
    const sentences = segment(body, contentSpans(body));
    expect(sentences.map((s) => s.text)).toEqual(['Intro line.', 'Dr. Rice said 37%over the target.', '5,900 trains left.', '"It is done."', 'Then more.']);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 1, 1]);
  });

  const split = (text: string) => segment(text, [{ start: 0, end: text.length }]).map((s) => s.text);

  it('keeps abbreviations, initials and company names inside their sentence', () => {
    expect(split('It opened on Nov. 4. The U.S. Army came at 9 a.m. Beijing time.')).toEqual(['It opened on Nov. 4.', 'The U.S. Army came at 9 a.m. Beijing time.']);
    expect(split('Prof. Wang of No. 3 Depot said so. Then more.')).toEqual(['Prof. Wang of No. 3 Depot said so.', 'Then more.']);
    expect(split('Tarim Energy Co., Ltd. Hotan County wind project opened. It cost less.')).toEqual(['Tarim Energy Co., Ltd. Hotan County wind project opened.', 'It cost less.']);
    expect(split('It was built by Tarim Energy Co., Ltd. The project opened.')).toEqual(['It was built by Tarim Energy Co., Ltd.', 'The project opened.']);
  });

  it('splits where the platform splitter would not: a digit opener, a missing space, a Chinese full stop', () => {
    expect(split('Exports reached 5 million t. 300 trains ran in Jan. 2024.')).toEqual(['Exports reached 5 million t.', '300 trains ran in Jan. 2024.']);
    expect(split('Workers moved the boxes.After that the port grew.')).toEqual(['Workers moved the boxes.', 'After that the port grew.']);
    expect(split('The port opened in 1881。 It links two regions。')).toEqual(['The port opened in 1881。', 'It links two regions。']);
    expect(split('Read more on example.org.cn today. It is 567.39 yuan.')).toEqual(['Read more on example.org.cn today.', 'It is 567.39 yuan.']);
  });
});
