import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/lib/io/write-atomic.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xj-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces a file whole', () => {
    writeFileSync(join(dir, 'a.json'), 'old');
    writeFileAtomic(join(dir, 'a.json'), 'new');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new');
  });

  it('names the file and the cause when it cannot write, and leaves the old file as it was', () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, 'old');
    // The temp file's name is taken by a folder: the write fails as a full disk would, before anything is replaced.
    mkdirSync(`${path}.${process.pid}.tmp`);
    expect(() => writeFileAtomic(path, 'new')).toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: could not be written \\(EISDIR: .*\\); the file as it was is unchanged\\. Fix: free disk space`));
    expect(readFileSync(path, 'utf8')).toBe('old');
  });
});
