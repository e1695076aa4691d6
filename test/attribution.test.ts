/** Where a quote's attribution begins, found in one pass over the sentence. */
import { describe, expect, it } from 'vitest';
import { attributionStart } from '../src/lib/extract/attribution.ts';

/** The regular expression this replaced, run from the figure: right, but quadratic on long runs of spaces. */
function reference(sentence: string, figureStart: number): number {
  const m = /[,.!?]\s*[”"]\s*(?=\p{Lu})|[,.]?\s*[”"]\s*,?\s*(?=said\b|says\b|told\b|according\b)/u.exec(sentence.slice(figureStart));
  return m ? figureStart + m.index : sentence.length;
}

describe('attributionStart', () => {
  it('cuts at the attribution after a quote that holds the figure', () => {
    const s = '"Trade through the port rose to 300 trucks a day," said Ma Li, head of the Horgos customs.';
    expect(attributionStart(s, s.indexOf('300'))).toBe(s.indexOf(',"'));
    const t = '"We expect 5,000 trains this year." Wang Jun, the station master, said so in Urumqi.';
    expect(attributionStart(t, t.indexOf('5,000'))).toBe(t.indexOf('."'));
    expect(attributionStart('Horgos handled 300 trains.', 15)).toBe('Horgos handled 300 trains.'.length);
  });

  it('agrees with the regular expression it replaced on every short mix of quotes, marks, spaces and words', () => {
    // A seeded generator, so the cases are the same on every run.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const parts = ['"', '”', ',', '.', '!', ' ', '  ', 'said', 'says ', 'told', 'according', 'Ma', 'the', '3'];
    for (let i = 0; i < 3000; i++) {
      const sentence = Array.from({ length: 2 + Math.floor(random() * 10) }, () => parts[Math.floor(random() * parts.length)]).join('');
      const digit = sentence.indexOf('3');
      const from = digit >= 0 ? digit : 0;
      expect(attributionStart(sentence, from), JSON.stringify(sentence)).toBe(reference(sentence, from));
    }
  });
});
