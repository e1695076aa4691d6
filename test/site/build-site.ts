/**
 * Global setup of the `site` test project: runs the real `npm run build`
 * once, so every test under test/site reads the same dist/.
 */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status}):\n${build.stderr}\n${build.stdout}`);
}
