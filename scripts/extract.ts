/**
 * `npm run extract`: runs the extraction (`src/lib/pipeline/run-extract.ts`)
 * and prints its report and the facts diff. Exits non-zero, naming the file
 * and the field, on bad input.
 */
import { acquireBuildLock } from '../src/lib/io/build-lock.ts';
import { writeFileAtomic } from '../src/lib/io/write-atomic.ts';
import { readStoryDir } from '../src/lib/load/load-story.ts';
import { runExtract, runLines } from '../src/lib/pipeline/run-extract.ts';
import { storyCheckLines } from '../src/lib/story/superseded-refs.ts';
import { TIMELINE_PATH, timelineCheckLines } from '../src/lib/charts/timeline-check.ts';
import { loadYaml } from '../src/lib/load/load-yaml.ts';
import { TimelineLabels } from '../src/schema.ts';

if (import.meta.main) {
  // It writes src/generated/facts.json, so it waits for a build in this folder to finish first.
  const lock = (() => {
    try {
      return acquireBuildLock(process.cwd(), { task: 'extract', log: (line) => console.log(line) });
    } catch (error) {
      console.error(`extract failed: ${(error as Error).message}`);
      process.exit(1);
    }
  })();
  try {
    const run = runExtract({ root: process.cwd(), write: writeFileAtomic });
    const timeline = timelineCheckLines(loadYaml(TIMELINE_PATH, TimelineLabels), run.extraction.data.events);
    for (const line of [...runLines(run), ...storyCheckLines(readStoryDir(process.cwd()), run.extraction.data.facts), ...timeline]) console.log(line);
  } catch (error) {
    console.error(`extract failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    lock.release();
  }
}
