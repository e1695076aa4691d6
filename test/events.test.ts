/**
 * Dated events, read from new wire-style sentences (none copied from the
 * articles), then from the real articles through the whole extraction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/lib/article/read-articles.ts';
import { extractAll } from '../src/lib/pipeline/build-facts.ts';
import { MAX_CLAUSE } from '../src/lib/extract/event-clause.ts';
import { findEvents, mergeEvents } from '../src/lib/extract/events.ts';
import { pubEnd, parsePubDate } from '../src/lib/extract/period-rules.ts';
import { createPlaceFinder } from '../src/lib/extract/places.ts';
import { parseGazetteer } from '../src/lib/gazetteer/parse-gazetteer.ts';
import type { Article, Event } from '../src/schema.ts';

const places = parseGazetteer('content/gazetteer.yaml', readFileSync('content/gazetteer.yaml', 'utf8'));
const finder = createPlaceFinder(places);
const read = (published: string, ...paragraphs: string[]) => findEvents(paragraphs.join('\n\n'), { source: 'wire', published }, finder);
const article = (id: string, published: string, ...paragraphs: string[]): Article => ({
  id, path: `content/articles/${id}.md`, data: { title: id, publisher: 'Xinhua', published }, body: `${paragraphs.join('\n\n')}\n`,
});
const brief = (e: Event) => ({ start: e.date.start, end: e.date.end, precision: e.precision, action: e.action });

describe('event verbs, one family at a time', () => {
  const cases: Array<[string, string, Partial<ReturnType<typeof brief>>]> = [
    ['The initiative to build a new land corridor through Xinjiang was first proposed in September 2013.', '2024-03-01', { start: '2013-09-01', action: 'proposed' }],
    ['A new freight route linking Kashgar and Tashkent was launched on March 5, 2024.', '2024-03-20', { start: '2024-03-05', action: 'launched' }],
    ['The Urumqi International Land Port Area was inaugurated in 2016.', '2024-03-01', { start: '2016-01-01', end: '2016-12-31', action: 'inaugurated' }],
    ['A cross-border e-commerce hub was set up in Aksu in August 2019, officials said.', '2024-03-01', { start: '2019-08-01', action: 'set up' }],
    ['The State Council approved the overall plan for the Kashi bonded zone in May 2023.', '2024-03-01', { start: '2023-05-01', action: 'approved' }],
    ['Logistics firms from Kazakhstan and Xinjiang signed a cooperation agreement in Urumqi on March 12.', '2024-03-20', { start: '2024-03-12', action: 'signed' }],
    ['Construction of the new customs complex at Khunjerab began in the second quarter of 2023.', '2024-03-01', { start: '2023-04-01', end: '2023-06-30', precision: 'quarter', action: 'construction began' }],
    ['The dry port near Horgos broke ground in October 2022.', '2024-03-01', { start: '2022-10-01', action: 'broke ground' }],
    ['The expansion of the rail yard at Alashankou was completed in December 2022.', '2024-03-01', { start: '2022-12-01', action: 'completed' }],
    ['A cotton textile plant in Aksu was put into production in June.', '2024-07-15', { start: '2024-06-01', action: 'put into production' }],
    ['A cross-border trade fair was held in Horgos on Friday.', '2024-05-13', { start: '2024-05-10', action: 'held' }],
    ['The first China-Europe freight train of the year departed from Urumqi on January 2.', '2024-01-10', { start: '2024-01-02', action: 'departed' }],
    ['A train loaded with auto parts arrived in Duisburg on January 18.', '2024-02-01', { start: '2024-01-18', action: 'arrived' }],
    ['Passenger traffic through the Khunjerab Pass resumed in April 2023 after a three-year suspension.', '2024-03-01', { start: '2023-04-01', action: 'resumed' }],
    ['The Horgos highway port opened a new passenger lane on Monday.', '2024-04-10', { start: '2024-04-08', action: 'opened' }],
  ];
  it.each(cases)('%s', (sentence, published, expected) => {
    const events = read(published, sentence);
    expect(events).toHaveLength(1);
    expect(brief(events[0]!)).toMatchObject(expected);
  });
});

describe('dates', () => {
  it('reads day, month, quarter and year precision with their spans', () => {
    const [day, month, quarter, year] = [
      read('2024-06-30', 'The zone was unveiled on June 3, 2024.'),
      read('2024-06-30', 'The zone was unveiled in May.'),
      read('2024-06-30', 'The zone was unveiled in the first quarter of 2024.'),
      read('2024-06-30', 'The zone was unveiled in 2021.'),
    ].map((e) => brief(e[0]!));
    expect(day).toEqual({ start: '2024-06-03', end: '2024-06-03', precision: 'day', action: 'unveiled' });
    expect(month).toEqual({ start: '2024-05-01', end: '2024-05-31', precision: 'month', action: 'unveiled' });
    expect(quarter).toEqual({ start: '2024-01-01', end: '2024-03-31', precision: 'quarter', action: 'unveiled' });
    expect(year).toEqual({ start: '2021-01-01', end: '2021-12-31', precision: 'year', action: 'unveiled' });
  });

  it('resolves a bare weekday against the publication date', () => {
    // 2024-03-18 was a Monday.
    const [e] = read('2024-03-18', 'The Kashi bonded zone was inaugurated on Saturday.');
    expect(e?.date).toEqual({ start: '2024-03-16', end: '2024-03-16', label: 'on Saturday' });
  });

  it('reads the moment inside a "since" clause', () => {
    const [e] = read('2024-06-30', 'Exports have grown steadily since the logistics park in Kashgar was put into operation in March, officials said.');
    expect(e && { ...brief(e), text: e.text }).toEqual({ start: '2024-03-01', end: '2024-03-31', precision: 'month', action: 'put into operation', text: 'the logistics park in Kashgar was put into operation in March' });
  });

  it('pairs each verb with the date that follows it', () => {
    const events = read('2024-05-13', 'The first train of the new service left Horgos on May 5 and arrived in Almaty on May 7.');
    expect(events.map((e) => [e.action, e.date.start])).toEqual([['left', '2024-05-05'], ['arrived', '2024-05-07']]);
  });

  it('takes no date from a word that merely contains a month ("innovate")', () => {
    expect(read('2024-06-30', 'The zone continued to innovate and has set up a one-stop service window.')).toEqual([]);
  });
});

describe('what is not an event', () => {
  it('skips running totals, halves and tallies of many things', () => {
    expect(read('2024-06-30',
      'So far this year, more than 1,200 freight trains have departed from Horgos.',
      'The port has opened 14 new international routes this year.',
      'In the first half of 2024, about 3,400 trains left via Alashankou.',
      'In 2023, Xinjiang opened 12 new cross-border truck routes.',
    )).toEqual([]);
  });

  it('skips plans, present tenses and participles used as adjectives', () => {
    expect(read('2024-06-30',
      'The second phase is expected to be completed in 2023.',
      'A new inspection hall will be put into operation on Friday.',
      'The newly opened Horgos lane handled 300 trucks on Monday.',
    )).toEqual([]);
  });

  it('skips photo captions, in their own line or written as a sentence', () => {
    expect(read('2024-06-30',
      'A freight train leaves the Horgos railway port on May 3, 2024. (Xinhua/Li Ming)',
      'A drone photo taken on May 3, 2024 shows trucks that arrived at Khorgos port.',
    )).toEqual([]);
  });

  it('drops an event dated after publication', () => {
    expect(read('2024-06-10', 'The new customs hall at Irkeshtan was opened on December 1, 2024.')).toEqual([]);
    expect(read('2024-06-10', 'The new customs hall at Irkeshtan was opened on June 1, 2024.')).toHaveLength(1);
  });

  it('still counts a tally on a single day as an event', () => {
    const [e] = read('2024-05-13', 'A signing ceremony for 12 investment projects was held in Horgos on Friday.');
    expect(e?.date.start).toBe('2024-05-10');
  });
});

describe('the clause and its places', () => {
  const sentence = 'Customs data showed trade through the port kept rising, and the second rail line between Horgos and Altynkol was put into operation on Wednesday, which officials said would double capacity, while trucks continued to queue at the highway port.';
  const body = `Trade at the border picked up again.\n\n${sentence}\n`;
  const [e] = findEvents(body, { source: 'wire', published: '2024-09-06' }, finder);

  it('trims a long sentence to the clause with the verb and the date, a verbatim slice of the body', () => {
    expect(e?.text).toBe('the second rail line between Horgos and Altynkol was put into operation on Wednesday');
    expect(body.slice(e!.evidence[0]!.start, e!.evidence[0]!.end)).toBe(e!.text);
    expect(body.slice(e!.evidence[0]!.quoteStart, e!.evidence[0]!.quoteStart + e!.evidence[0]!.quote.length)).toBe(sentence);
    expect(e!.text.length).toBeLessThanOrEqual(MAX_CLAUSE);
    expect(e?.date.start).toBe('2024-09-04');
  });

  it('names the places in the clause, most specific first', () => {
    const [port] = read('2024-06-30', 'A new cold-chain inspection line opened at the Khorgos port in Xinjiang on June 28.');
    expect(port?.places).toEqual(['horgos-port', 'xinjiang']);
    expect(e?.places).toEqual(['khorgos-gateway', 'horgos']);
  });

  it('gives the same event the same id on every reading, and a readable prefix', () => {
    const again = findEvents(body, { source: 'wire', published: '2024-09-06' }, finder)[0];
    expect(again?.id).toBe(e?.id);
    expect(e?.id).toMatch(/^2024-09-04-put-into-operation-khorgos-gateway-[0-9a-f]{8}$/);
  });
});

describe('across articles', () => {
  it('merges one event reported by two articles into one with two pieces of evidence', () => {
    const a = article('a-wire', '2024-05-10', 'The Kashgar Comprehensive Bonded Zone was inaugurated on Thursday, local authorities said.');
    const b = article('b-daily', '2024-05-20', 'On May 9, the Kashi Comprehensive Bonded Zone opened, with 20 companies signing up on the first day.');
    const { data } = extractAll([b, a], places);
    expect(data.events).toHaveLength(1);
    expect(data.events[0]?.date.start).toBe('2024-05-09');
    expect(data.events[0]?.evidence.map((x) => x.source)).toEqual(['a-wire', 'b-daily']);
  });

  it('keeps apart events on the same day at different places, sorted by date then id', () => {
    const one = read('2024-05-20', 'A new truck lane opened at Khorgos port on May 9.', 'A bonded warehouse opened in Kashgar on May 2.', 'A bonded warehouse opened in Urumqi on May 9.');
    const merged = mergeEvents(one);
    expect(merged.map((e) => e.date.start)).toEqual(['2024-05-02', '2024-05-09', '2024-05-09']);
    expect(merged[1]!.id < merged[2]!.id).toBe(true);
  });
});

describe('the real articles', () => {
  const articles = readArticles('.');
  const { data } = extractAll(articles, places);
  const byId = new Map(articles.map((a) => [a.id, a]));

  it('yield events from 2013 to 2024', () => {
    const years = data.events.map((e) => Number(e.date.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(2013);
    expect(Math.max(...years)).toBe(2024);
    expect(data.events.length).toBeGreaterThanOrEqual(6);
  });

  it('quote every event verbatim and date it between 1990 and its publication', () => {
    for (const e of data.events) {
      for (const x of e.evidence) {
        const source = byId.get(x.source)!;
        expect(source.body.slice(x.start, x.end), e.id).toBe(e.text);
        expect(e.date.start >= '1990-01-01' && e.date.start <= pubEnd(parsePubDate(source.data.published)), e.id).toBe(true);
      }
    }
  });
});
