/**
 * Two clean builds of the same commit, in two different folders, produce a
 * byte-identical dist/: no timestamps, absolute paths or random ids leak
 * into the published files.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';

const dirs: string[] = [];

function files(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), root) : [relative(root, join(dir, e.name))])).sort();
}

function cleanBuild(): string {
  const dir = copyProject('.', 'xj-repro');
  dirs.push(dir);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  expect(result.status, result.stderr).toBe(0);
  return join(dir, 'dist');
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a clean build', () => {
  it('is byte-identical when repeated in another folder', () => {
    const [a, b] = [cleanBuild(), cleanBuild()];
    const names = files(a);
    expect(files(b)).toEqual(names);
    expect(names.length).toBeGreaterThan(50);
    const differing = names.filter((name) => !readFileSync(join(a, name)).equals(readFileSync(join(b, name))));
    expect(differing).toEqual([]);
  });
});
