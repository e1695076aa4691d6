/** How near a cue stands to a figure, for the classifiers that weigh several cues. */
import { memoOn } from '../memo/memo.ts';

/** Distance in characters from the figure to the nearest match of `re`; words after the figure count a little further. */
export function distance(re: RegExp, before: string, after: string): number {
  const g = globalOf(re);
  let best = Infinity;
  for (const m of before.matchAll(g)) best = Math.min(best, before.length - (m.index + m[0].length));
  // Words after the figure name it only up to the next comma: "326.9 billion yuan, with exports …" is not exports.
  for (const m of after.split(/[,;]/)[0]!.matchAll(g)) best = Math.min(best, m.index * 1.5);
  return best;
}

/** The cue tables' patterns, compiled once as global, case-blind copies: compiling one per figure cost more than matching it. */
const globalOf = memoOn((re: RegExp) => new RegExp(re.source, 'gi'));
