import { describe, expect, it } from 'vitest';
import { buildFacts } from '../src/lib/pipeline/build-facts.ts';
import { parseReview } from '../src/lib/review/parse-review.ts';
import type { Article, Place } from '../src/schema.ts';

const places: Place[] = [
  { id: 'xinjiang', name: 'Xinjiang', aliases: [], kind: 'region', lat: 41, lon: 85, coordSource: 'test', curated: true },
  { id: 'horgos', name: 'Horgos', aliases: ['Khorgos'], kind: 'city', parent: 'xinjiang', lat: 44.2, lon: 80.4, coordSource: 'test', curated: true },
  { id: 'horgos-edz', name: 'Horgos Economic Development Zone', aliases: [], kind: 'zone', parent: 'horgos', lat: 44.2, lon: 80.4, coordSource: 'test', curated: true },
];
const article = (id: string, published: string, body: string): Article => ({
  id, path: `content/articles/${id}.md`, data: { title: id, publisher: `Publisher ${id}`, published }, body,
});
const a = article('a', '2022-07-20', 'In the first six months of this year, Horgos attracted 12 billion yuan of investment in place.\n\nHorgos also opened 3 new routes.\n');
const unrelated = article('z', '2023-01-05', 'In 2022, Xinjiang handled 1.2 million tonnes of cargo at its ports.\n');
const review = (yaml: string) => parseReview('content/review.yaml', yaml);
const idOf = (value: number, articles = [a]) => buildFacts(articles, places).facts.find((f) => f.value === value)!.id;

describe('content/review.yaml', () => {
  it('rejects, corrects and annotates facts by id', () => {
    const money = idOf(12e9);
    const routes = idOf(3);
    const data = buildFacts([a], places, review(`
- fact: ${money}
  action: correct
  note: The source names the development zone two paragraphs later.
  set: { place: horgos-edz }
- fact: ${routes}
  action: reject
  note: Road routes, not freight routes.
`));
    expect(data.facts.find((f) => f.value === 3)).toBeUndefined();
    const corrected = data.facts.find((f) => f.value === 12e9)!;
    expect(corrected).toMatchObject({ id: money, place: 'horgos-edz', places: ['horgos-edz'], review: { status: 'corrected', corrected: ['place'] } });
  });

  it('lets an editor accept a fact as read, which a later note does not undo; a note alone accepts nothing', () => {
    const money = idOf(12e9);
    const accepted = buildFacts([a], places, review(`
- fact: ${money}
  action: accept
- fact: ${money}
  action: note
  note: Checked against the release.
`));
    expect(accepted.facts.find((f) => f.id === money)).toMatchObject({ review: { status: 'accepted', corrected: [], note: 'Checked against the release.' } });
    const noted = buildFacts([a], places, review(`
- fact: ${money}
  action: note
  note: Looks high.
`));
    expect(noted.facts.find((f) => f.id === money)!.review!.status).toBe('noted');
  });

  it("lets an editor correct how a figure stands, and records it", () => {
    const money = idOf(12e9);
    const data = buildFacts([a], places, review(`
- fact: ${money}
  action: correct
  note: The release calls it a plan.
  set: { status: planned }
`));
    expect(data.facts.find((f) => f.id === money)).toMatchObject({ status: 'planned', review: { status: 'corrected', corrected: ['status'] } });
  });

  it('survives re-extraction with an unrelated article added', () => {
    const entries = review(`- { fact: ${idOf(12e9)}, action: note, note: Checked against the customs release. }`);
    const data = buildFacts([a, unrelated], places, entries);
    expect(data.facts.find((f) => f.value === 12e9)!.review).toEqual({ status: 'noted', corrected: [], note: 'Checked against the customs release.' });
  });

  it('fails, naming the id, when a reviewed fact no longer exists', () => {
    const entries = review('- { fact: investment-in-place-horgos-deadbeef, action: note, note: Checked. }');
    expect(() => buildFacts([a], places, entries)).toThrow(/content\/review\.yaml: entry 1 \(fact investment-in-place-horgos-deadbeef\): fact: .* matches no extracted fact.*Fix: look up/);
  });

  it('refuses a correction to a place the gazetteer does not have', () => {
    const entries = review(`- { fact: ${idOf(12e9)}, action: correct, set: { place: atlantis } }`);
    expect(() => buildFacts([a], places, entries)).toThrow(/set\.place: no place has the id "atlantis"/);
  });

  it('explains a malformed entry: its number, its field and the fix', () => {
    expect(() => review('- { fact: x, action: delete }')).toThrow(/content\/review\.yaml: entry 1 \(fact x\): action: .*Fix:/);
    expect(() => review('- { fact: x, action: reject }')).toThrow(/entry 1 \(fact x\): note: `action: reject` needs a `note:`/);
    expect(() => review('- { fact: x, action: correct }')).toThrow(/entry 1 \(fact x\): set: a correction needs/);
    expect(() => review('- { fact: x, action: correct, set: { colour: red } }')).toThrow(/entry 1 \(fact x\): set: .*colour/);
    expect(() => review('- fact: [unclosed')).toThrow(/content\/review\.yaml:1: not valid YAML/);
  });

  it('treats an empty or comment-only file as no reviews', () => {
    expect(review('# nothing yet\n')).toEqual([]);
    expect(review('[]')).toEqual([]);
  });
});

describe('conflicts between sources', () => {
  const one = article('one', '2022-07-20', 'In the first six months of this year, 2,415 projects were launched in Xinjiang.\n');
  const two = article('two', '2022-07-26', 'During the first half of 2022, Xinjiang launched 2,451 projects.\n');
  const three = article('three', '2022-07-28', 'During the first half of 2022, Xinjiang launched 2,415 projects.\n');

  it('records two sources that disagree on the same measure, place and period, and merges neither', () => {
    const data = buildFacts([one, two], places);
    expect(data.facts.filter((f) => f.measure === 'projects').map((f) => f.value).sort()).toEqual([2415, 2451]);
    expect(data.conflicts).toHaveLength(1);
    expect(data.conflicts[0]).toMatchObject({ measure: 'projects', place: 'xinjiang', sources: ['one', 'two'], period: { start: '2022-01-01', end: '2022-06-30' } });
  });

  it('merges sources that agree, and still reports the one that disagrees', () => {
    const data = buildFacts([one, two, three], places);
    const agreed = data.facts.find((f) => f.value === 2415)!;
    expect(agreed.evidence.map((e) => e.source)).toEqual(['one', 'three']);
    expect(data.conflicts[0]!.facts).toHaveLength(2);
  });

  it('does not call figures with unknown periods a conflict', () => {
    const x = article('x', '2022-07-20', 'Xinjiang has 17 land ports.\n');
    const y = article('y', '2023-07-20', 'Xinjiang has 19 land ports.\n');
    expect(buildFacts([x, y], places).conflicts).toEqual([]);
  });
});
