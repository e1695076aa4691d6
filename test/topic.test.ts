/** Kinds from context: the topic of the paragraph or headline, the carrier of cargo, and trade as the thing counted. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { classify, type FigureContext } from '../src/lib/extract/classify.ts';
import { TopicContext, topicOf } from '../src/lib/extract/topic.ts';

function kindOf(unit: string, sentence: string, figure: string, topic: FigureContext['topic'] = null) {
  const at = sentence.indexOf(figure);
  const subject = figure.replace(/^[\d,.]+\s*/, '');
  return classify({ unit, unitKind: null, before: sentence.slice(Math.max(0, at - 90), at), after: sentence.slice(at + figure.length, at + figure.length + 40), clause: sentence, sentence, place: null, topic, subject }, false);
}

describe('topics', () => {
  it('names the topic whose cue words a text uses most, or none', () => {
    expect(topicOf('Xinjiang attracts rising investment in first 3 quarters')).toBe('investment');
    expect(topicOf("Xinjiang's foreign trade hits a record")).toBe('trade');
    expect(topicOf('Record China-Europe freight trains at the border')).toBe('trains');
    expect(topicOf('A sunny day in the city')).toBeNull();
  });
  it('follows the paragraph, and falls back to the headline in a new one', () => {
    const t = new TopicContext('Investment pours into Kashgar');
    t.note('Freight trains left the station.', 0);
    expect(t.current()).toBe('trains');
    t.note('A ceremony was held.', 1);
    expect(t.current()).toBe('investment');
  });
  it('counts every sentence of the paragraph so far, asked or not, and starts again in the next', () => {
    const t = new TopicContext('A day at the border');
    t.note('Foreign trade grew and trade with Kazakhstan doubled.', 0);
    t.note('Freight trains ran.', 0);
    expect(t.current()).toBe('trade');
    t.note('More trains and a new train trip followed.', 0);
    t.note('Freight services resumed.', 0);
    expect(t.current()).toBe('trains');
    expect(t.current()).toBe('trains');
    t.note('Investment funds arrived.', 1);
    expect(t.current()).toBe('investment');
  });
});

describe('kinds from context', () => {
  it('gives unnamed money the topic of its paragraph', () => {
    const s = 'About 300 billion yuan came from partner provinces.';
    expect(kindOf('CNY', s, '300 billion yuan', 'investment').kind).toBe('investment');
    expect(kindOf('CNY', s, '300 billion yuan', 'trade').kind).toBe('trade');
    expect(kindOf('CNY', s, '300 billion yuan', null).kind).toBe('other');
  });
  it('reads "a total investment of" as a plan, but not a share "of the total investment"', () => {
    expect(kindOf('CNY', 'The plant, with a total investment of 2 billion yuan, opened.', '2 billion yuan').measure).toBe('investment-planned');
    expect(kindOf('CNY', 'Industrial investment was 3 billion yuan, or 60% of the total investment.', '3 billion yuan').measure).toBe('investment');
    expect(kindOf('percent', 'Fixed asset investment rose 9%, completing 75% of the annual plan.', '75%').measure).toBe('fixed-asset-investment-share');
  });
  it('reads the value of goods as trade, goods produced as output, and people employed as jobs', () => {
    expect(kindOf('USD', 'The value of goods crossing the pass reached $3 billion.', '$3 billion').measure).toBe('trade-value');
    expect(kindOf('CNY', 'The plant will produce equipment worth 15 billion yuan a year.', '15 billion yuan').measure).toBe('output-value');
    expect(kindOf('people', 'The plant will employ 3,000 people.', '3,000 people').measure).toBe('jobs');
    expect(kindOf('people', 'The fair drew 3,000 people.', '3,000 people').measure).toBe('people');
  });
  it('reads the way a flow of cargo or vehicles went from the words before it in its clause', () => {
    const count = (unit: string, s: string, figure: string) => {
      const at = s.indexOf(figure);
      return classify({ unit, unitKind: null, before: s.slice(Math.max(0, at - 90), at), after: s.slice(at + figure.length), clause: s, lead: s.slice(0, at), sentence: s, place: null, subject: null }, false).measure;
    };
    expect(count('tonnes', 'Exports increased by 42% to 1.5 million tons.', '1.5 million tons')).toBe('export-volume');
    expect(count('tonnes', 'Imports were 5.3 million tons and exports 3.3 million tons.', '5.3 million tons')).toBe('import-volume');
    expect(count('tonnes', 'Import and export freight reached 8.6 million tons.', '8.6 million tons')).toBe('cargo-volume');
    expect(count('tonnes', 'China took 27% of the transit traffic, or 6.2 million tons.', '6.2 million tons')).toBe('transit-volume');
    expect(count('vehicles', 'This year 1,500 vehicles were exported through the port.', '1,500 vehicles')).toBe('vehicles-exported');
  });
  it('reads trade as the thing counted, but not in a free trade zone', () => {
    expect(kindOf('CNY', "Its trade with the Gulf states came to 41 billion yuan.", '41 billion yuan')).toMatchObject({ kind: 'trade', measure: 'trade-value' });
    expect(kindOf('CNY', 'The free trade zone received 2 billion yuan.', '2 billion yuan').kind).not.toBe('trade');
  });
  it('counts cargo for trains when trains carry it, else for the crossing', () => {
    expect(kindOf('tonnes', '500 freight trains carried 90,000 tons of cargo.', '90,000 tons').kind).toBe('trains');
    expect(kindOf('tonnes', 'Rail haulage across the border came to 7.4 million tons.', '7.4 million tons').kind).toBe('port');
  });
  it('reads routes as rail routes in a story about trains, unless they are road routes', () => {
    expect(kindOf('routes', 'At present, 64 routes cross Horgos.', '64 routes', 'trains')).toMatchObject({ kind: 'trains', measure: 'routes' });
    expect(kindOf('routes', 'The region opened 118 international road transportation routes.', '118 international road transportation routes', 'trains').kind).toBe('other');
  });
  it('reads vehicles as crossing traffic unless they were made', () => {
    expect(kindOf('vehicles', 'The goal is to handle 800 vehicles per day.', '800 vehicles')).toMatchObject({ kind: 'port', measure: 'vehicles-per-day' });
    expect(kindOf('vehicles', 'The plant produced 3,000 vehicles.', '3,000 vehicles').kind).toBe('other');
  });
});

describe('money that is pay', () => {
  it('reads a monthly salary as pay, not investment', () => {
    expect(kindOf('CNY', 'New staff get a salary of about 3,000 yuan a month.', '3,000 yuan', 'investment')).toEqual({ kind: 'other', measure: 'salary-monthly' });
  });
});

