import { describe, expect, it } from 'vitest';
import { classify } from '../src/lib/extract/classify.ts';

/** Classifies money in `sentence` at the first occurrence of `figure`. */
function money(sentence: string, figure: string) {
  const at = sentence.indexOf(figure);
  return classify({ unit: 'CNY', unitKind: null, before: sentence.slice(Math.max(0, at - 90), at), after: sentence.slice(at + figure.length, at + figure.length + 40), clause: sentence, sentence, place: null }, false).measure;
}

describe('classify', () => {
  it('tells planned, contracted, in-place, government and aid investment apart', () => {
    expect(money('It is reported that the planned investment of the 24 key projects in Korla comes to more than 8 billion yuan, covering petrochemicals, cold-chain logistics and other industries.', '8 billion yuan')).toBe('investment-planned');
    expect(money('A first batch of 22 companies has moved into Horgos, bringing contracted funds of over 9.4 billion yuan.', '9.4 billion yuan')).toBe('investment-contracted');
    expect(money('Aksu promoted 96 projects for the park, with a signing amount of 41.207 billion yuan.', '41.207 billion yuan')).toBe('investment-contracted');
    expect(money('From January to May, 2.16 billion yuan of investment funds are in place in Yining, a year-on-year rise of 28.3%.', '2.16 billion yuan')).toBe('investment-in-place');
    expect(money("Hami's industrial park is expected to complete government investment of 482 million yuan on roads and pipelines.", '482 million yuan')).toBe('investment-government');
    expect(money('We will carry out 42 aid projects in Kizilsu in the next three years, worth 318 million yuan in all.', '318 million yuan')).toBe('investment-aid');
  });

  it('reads fixed-asset investment as its own statistic, and money attracted from outside as in place', () => {
    expect(money('The region plans a fixed-asset investment of 600 billion yuan this year.', '600 billion yuan')).toBe('fixed-asset-investment');
    expect(money("The prefecture's fixed-asset investment rose to 80 billion yuan.", '80 billion yuan')).toBe('fixed-asset-investment');
    expect(money('The county attracted 12 billion yuan of investment from other provinces.', '12 billion yuan')).toBe('investment-in-place');
  });

  it('reads output value, revenue and trade, and prefers the nearest words', () => {
    const s = 'After the total investment of 2.8 billion yuan is put into production in full, the plant is expected to reach annual output value of about 900 million yuan.';
    expect(money(s, '2.8 billion yuan')).toBe('investment-planned');
    expect(money(s, '900 million yuan')).toBe('output-value');
    expect(money('The cooperative earned sales revenue of 4.18 million yuan.', '4.18 million yuan')).toBe('revenue');
    expect(money("Kashgar's foreign trade came to 27.35 billion yuan in the first nine months of 2023.", '27.35 billion yuan')).toBe('trade-value');
  });

  it('classifies counts by unit and context', () => {
    const count = (unit: string, sentence: string) => classify({ unit, unitKind: null, before: sentence, after: '', clause: sentence, sentence, place: null }, false);
    expect(count('trains', 'more than 5,900 trains')).toEqual({ kind: 'trains', measure: 'train-trips' });
    expect(count('vehicles', 'about 450 vehicles passing through customs at the port every day')).toEqual({ kind: 'port', measure: 'vehicles-per-day' });
    expect(count('vehicles', 'the Urumqi plant has produced over 1,600 heavy vehicles')).toEqual({ kind: 'other', measure: 'vehicles-produced' });
    expect(count('tonnes', 'goods passing through the port exceeded 1 million tons')).toEqual({ kind: 'port', measure: 'cargo-volume' });
  });

  /** Classifies the count printed as `figure` in `sentence`, its own words split around it. */
  const at = (unit: string, sentence: string, figure: string, place: { kind: 'port' } | null = null) => {
    const i = sentence.indexOf(figure);
    const p = place && { id: 'x', name: 'X', aliases: [], kind: place.kind, lat: 0, lon: 0, coordSource: 'test', curated: true };
    return classify({ unit, unitKind: null, before: sentence.slice(0, i), after: sentence.slice(i + figure.length), clause: sentence, sentence, place: p }, false).measure;
  };

  it("reads a rate, a peak and a capacity from the figure's own words", () => {
    expect(at('trains', 'The hub now dispatches four trains a day to Europe.', 'four trains')).toBe('trains-per-day');
    expect(at('trains', 'On its busiest day the hub saw a single-day peak of 41 trains.', '41 trains')).toBe('trains-per-day-peak');
    // A rate said of another figure in the sentence does not make this one a rate.
    expect(at('trains', 'The hub ran 1,200 trains this year, or about four a day.', '1,200 trains')).toBe('train-trips');
    expect(at('enterprises', 'Registrations averaged nine enterprises a day in the zone.', 'nine enterprises')).toBe('enterprises-per-day');
    expect(at('vehicles', 'The new lane can handle up to 800 vehicles per day.', '800 vehicles')).toBe('vehicle-capacity-per-day');
  });

  it('counts containers in TEU apart from cargo in tonnes', () => {
    expect(at('TEU', 'The yard handled 90,000 TEU last year.', '90,000 TEU')).toBe('container-volume');
    expect(at('tonnes', 'The yard handled 2 million tonnes last year.', '2 million tonnes')).toBe('cargo-volume');
  });

  it('names a time by the activity it is the length of, the nearest cue first', () => {
    const port = { kind: 'port' } as const;
    expect(at('minutes', 'Gauge-change and reloading now take about 50 minutes at the crossing.', '50 minutes', port)).toBe('reloading-time');
    expect(at('hours', 'Customs clearance at the crossing fell to 3 hours.', '3 hours', port)).toBe('clearance-time');
    expect(at('days', 'Project approval was cut to 12 days.', '12 days')).toBe('approval-time');
    expect(at('hours', 'Processing of each train at the border now takes 5 hours.', '5 hours', port)).toBe('train-processing-time');
    expect(at('days', 'The fair lasts 5 days.', '5 days')).toBe('duration');
  });

  it('names a change of a time by the activity timed', () => {
    const s = 'Customs clearance time at the gate fell 12 percent.';
    const i = s.indexOf('12');
    expect(classify({ unit: 'percent', unitKind: null, before: s.slice(0, i), after: s.slice(i + 10), clause: s, sentence: s, place: null }, true)).toEqual({ kind: 'other', measure: 'clearance-time-growth' });
  });

  it('tells trading partners from countries reached', () => {
    expect(at('countries', 'The region traded with 160 countries and regions.', '160 countries')).toBe('partner-countries');
    expect(at('countries', 'Trains now reach 26 countries in Europe.', '26 countries')).toBe('countries');
  });
});
