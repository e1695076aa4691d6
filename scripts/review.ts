/**
 * `npm run review`: the review desk in a terminal. Shows each fact that needs
 * an editor (new low-confidence facts first, then new high ones) with its
 * sentence, what was read and why it is low, and writes each decision to
 * `content/review.yaml` as it is made. Keys, as in `git add -p`:
 * a accept · c correct a field · r reject · n note · s skip · q quit · h help.
 *
 * `npm run review -- --list` prints the same queue and asks nothing.
 * Facts already in `content/review.yaml` are skipped. Run `npm run extract`
 * (or `npm run build`) first; then `npm run build` applies the decisions.
 * Prompts come from `@inquirer/prompts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { expand, input, select } from '@inquirer/prompts';
import { loadFacts } from '../src/lib/load/load-facts.ts';
import { writeFileAtomic, type Writer } from '../src/lib/io/write-atomic.ts';
import { runReviewDesk, type DeskAction, type DeskPrompts } from '../src/lib/review/review-desk.ts';
import { REVIEW_PATH } from '../src/lib/review/parse-review.ts';

/** The terminal's prompts. */
export const terminalPrompts: DeskPrompts = {
  action: (message) => expand<DeskAction>({
    message,
    default: 'h',
    choices: [
      { key: 'a', name: 'accept: right as read', value: 'accept' },
      { key: 'c', name: 'correct a field', value: 'correct' },
      { key: 'r', name: 'reject: not a figure worth publishing, or wrong beyond repair', value: 'reject' },
      { key: 'n', name: 'note: add a note, decide later', value: 'note' },
      { key: 's', name: 'skip for now', value: 'skip' },
      { key: 'q', name: 'quit; decisions so far are kept', value: 'quit' },
    ],
  }),
  field: (message, fields) => select({ message, choices: fields.map((f) => ({ name: f, value: f })) }),
  text: (message, validate) => input({ message, validate }),
};

/** Runs the desk in `root`; `write` and `log` are the edges a test replaces. */
export async function review(root: string, args: readonly string[], prompts: DeskPrompts, write: Writer, log: (line: string) => void): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { list: { type: 'boolean', default: false } }, strict: true });
  const path = join(root, REVIEW_PATH);
  const read = () => (existsSync(path) ? readFileSync(path, 'utf8') : '[]\n');
  return runReviewDesk({
    data: loadFacts(),
    reviewPath: REVIEW_PATH,
    readReview: read,
    writeReview: (text) => write(path, text),
    prompts,
    log,
    color: !values.list && process.stdout.isTTY === true && !process.env.NO_COLOR,
    list: values.list,
  });
}

if (import.meta.main) {
  try {
    await review(process.cwd(), process.argv.slice(2), terminalPrompts, writeFileAtomic, (line) => console.log(line));
  } catch (error) {
    // Ctrl-C inside a prompt: the decisions made so far are already written.
    if (error instanceof Error && error.name === 'ExitPromptError') process.exit(130);
    console.error(`review failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
