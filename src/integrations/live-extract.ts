/**
 * Live editing under `npm run dev`: when an article, the gazetteer or the
 * review file changes, the facts are extracted again (only the changed
 * article is read; the rest come from the cache) and the browser reloads.
 * A bad edit prints its one-line error and keeps the last good data.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { GAZETTEER_PATH } from '../lib/gazetteer/parse-gazetteer.ts';
import { acquireBuildLock, type BuildLock } from '../lib/io/build-lock.ts';
import { writeFileAtomic } from '../lib/io/write-atomic.ts';
import { REVIEW_PATH } from '../lib/review/parse-review.ts';
import { readStoryDir } from '../lib/load/load-story.ts';
import { storyCheckLines } from '../lib/story/superseded-refs.ts';

/** The inputs of the extraction, relative to the project root. */
export const EXTRACTION_INPUTS = ['content/articles/', GAZETTEER_PATH, REVIEW_PATH];

/** Whether a changed file (relative to the root) is an input of the extraction. */
export function isExtractionInput(path: string): boolean {
  const file = path.replaceAll('\\', '/');
  return EXTRACTION_INPUTS.some((input) => (input.endsWith('/') ? file.startsWith(input) : file === input));
}

/** The minimum a dev server offers the integration: file events and a way to reload the page. */
export interface DevServer {
  watcher: { on(event: 'all', listener: (event: string, path: string) => void): unknown; add(paths: string | string[]): unknown };
  ws: { send(payload: { type: 'full-reload' }): void };
}

/** Re-extracts after a burst of changes (an editor's save can fire several events), then reloads. */
export function watchExtraction(root: string, server: DevServer, logger: Pick<AstroIntegrationLogger, 'info' | 'error'>, delayMs = 150, retryMs = 1000): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    let lock: BuildLock;
    try {
      // A build in this folder holds the lock while it stages and publishes; extracting now would race it. Try again shortly.
      lock = acquireBuildLock(root, { task: 'dev', log: (line) => logger.info(line), maxPolls: 0 });
    } catch (error) {
      logger.info(`${error instanceof Error ? error.message.split('. Fix:')[0] : String(error)}; re-extracting when it is done.`);
      timer = setTimeout(() => void run(), retryMs);
      return;
    }
    try {
      // Loaded on first use: the extractor (and its language model) is not needed by build, check or preview.
      const { runExtract } = await import('../lib/pipeline/run-extract.ts');
      const found = runExtract({ root, write: writeFileAtomic });
      // The per-article report is long; while editing, what an editor needs is what changed: the cache line and the facts diff.
      for (const line of [found.cache, ...found.diff, ...storyCheckLines(readStoryDir(root), found.extraction.data.facts)]) logger.info(line);
      server.ws.send({ type: 'full-reload' });
    } catch (error) {
      logger.error(`extract failed, the page keeps the last good data: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      lock.release();
    }
  };
  server.watcher.add(EXTRACTION_INPUTS.map((input) => `${root}/${input}`));
  server.watcher.on('all', (_event, path) => {
    if (!isExtractionInput(relative(root, path))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
  });
}

/** The Astro integration. */
export function liveExtract(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'live-extract',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => watchExtraction(root, server as unknown as DevServer, logger),
    },
  };
}
