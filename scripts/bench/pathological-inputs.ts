/**
 * Pathological article bodies of about `n` characters: what a broken paste
 * or a hostile file can hold. The fuzz test checks that reading them is
 * linear work; `npm run bench` prints the reading speed of each.
 */
export const PATHOLOGICAL_INPUTS: Readonly<Record<string, (n: number) => string>> = {
  'a long run of spaces': (n) => `Horgos handled 300 trains,${' '.repeat(n)}and 5 billion yuan of trade.`,
  'thousands of numbers on one line': (n) => `Horgos handled ${Array.from({ length: Math.round(n / 11) }, (_, i) => `${i + 1} trains`).join(', ')}.`,
  'nested brackets': (n) => `Horgos (${'('.repeat(n / 2)}300 trains${')'.repeat(n / 2)}) opened.`,
  'one long token': (n) => `Horgos handled 300 ${'x'.repeat(n)} trains and 4 billion yuan.`,
  'many quote marks': (n) => `"Horgos handled 300 trains, ${'" '.repeat(n / 2)}he said.`,
  'a long digit string': (n) => `Horgos handled ${'9'.repeat(n)} trains.`,
  'one sentence said thousands of times': (n) => 'Horgos handled 5 trains. '.repeat(Math.round(n / 25)),
};
