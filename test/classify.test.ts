import { describe, expect, it } from 'vitest';
import { classify } from '../src/lib/extract/classify.ts';

/** Classifies money in `sentence` at the first occurrence of `figure`. */
function money(sentence: string, figure: string) {
  const at = sentence.indexOf(figure);
  return classify({ unit: 'CNY', unitKind: null, before: sentence.slice(Math.max(0, at - 90), at), after: sentence.slice(at + figure.length, at + figure.length + 40), clause: sentence, sentence, place: null }, false).measure;
}

describe('classify', () => {
  it('tells planned, contracted, in-place, government and aid investment apart', () => {
    expect(money('It is understood that the total planned investment in 37 major projects reaches more than 3 billion yuan, including textiles, trade logistics and other fields.', '3 billion yuan')).toBe('investment-planned');
    expect(money('The first 35 enterprises are settling in, with contracted project funds of more than 17.6 billion yuan.', '17.6 billion yuan')).toBe('investment-contracted');
    expect(money('Tacheng focused on the zone with 138 projects, with a signing amount of 70.309 billion yuan.', '70.309 billion yuan')).toBe('investment-contracted');
    expect(money('In the first half of the year, 3.53 billion yuan of investment are in place, a year-on-year increase of 45.6%.', '3.53 billion yuan')).toBe('investment-in-place');
    expect(money('The zone is expected to complete a government investment of 615 million yuan to build infrastructure.', '615 million yuan')).toBe('investment-government');
    expect(money('We will invest in 59 aid projects in the next three years, with a total amount of 269 million yuan.', '269 million yuan')).toBe('investment-aid');
  });

  it('reads output value, revenue and trade, and prefers the nearest words', () => {
    const s = 'After the total investment of 5 billion yuan is fully put into production, it is expected to achieve an annual output value of about 1.5 billion yuan.';
    expect(money(s, '5 billion yuan')).toBe('investment-planned');
    expect(money(s, '1.5 billion yuan')).toBe('output-value');
    expect(money('The company achieved sales revenue of 3.52 million yuan.', '3.52 million yuan')).toBe('revenue');
    expect(money('Foreign trade in the region reached 61.04 billion yuan in the first three quarters of 2023.', '61.04 billion yuan')).toBe('trade-value');
  });

  it('classifies counts by unit and context', () => {
    const count = (unit: string, sentence: string) => classify({ unit, unitKind: null, before: sentence, after: '', clause: sentence, sentence, place: null }, false);
    expect(count('trains', 'more than 5,900 trains')).toEqual({ kind: 'trains', measure: 'train-trips' });
    expect(count('vehicles', 'about 450 vehicles passing through customs at the port every day')).toEqual({ kind: 'port', measure: 'vehicles-per-day' });
    expect(count('vehicles', 'it has produced more than 3,000 electric vehicles')).toEqual({ kind: 'other', measure: 'vehicles-produced' });
    expect(count('tonnes', 'goods passing through the port exceeded 1 million tons')).toEqual({ kind: 'port', measure: 'cargo-volume' });
  });
});
