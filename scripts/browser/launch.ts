/**
 * Debian's Chromium through playwright-core (no browser downloads here),
 * and the built site served by `astro preview`. Shared by the screenshot
 * script, the browser tests and the Lighthouse bench.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium; `.ci/run` installs it with apt. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium in a container without a GPU or a sandbox, and without background chatter. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts headless Chromium, or explains how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found. Fix: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * Serves `<root>/dist/` with `astro preview` and resolves once it answers.
 * `root` defaults to the working directory. The project's own Astro runs
 * on this Node when it is installed (a Node on PATH may be too old for it),
 * otherwise the `astro` on PATH.
 */
export async function serveDist(port: number, root = '.'): Promise<{ url: string; stop: () => void }> {
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error(`${join(root, 'dist', 'index.html')} not found. Fix: run \`npm run build\` first`);
  const local = join(root, 'node_modules', '.bin', 'astro');
  const [command, args] = existsSync(local) ? [process.execPath, [local]] : ['astro', []];
  const server: ChildProcess = spawn(command, [...args, 'preview', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-500)));
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${url}${stderr === '' ? '' : `: ${stderr.trim()}`}`);
}
