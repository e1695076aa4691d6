/** One build at a time: the lock file, waiting for a live owner, taking over from a dead one. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, LOCK_FILE, readOwner } from '../src/lib/io/build-lock.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'xj-lock-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const owner = (pid: number, task = 'build') => writeFileSync(join(root, LOCK_FILE), JSON.stringify({ pid, started: '2026-01-01T00:00:00.000Z', task }));

describe('the build lock', () => {
  it('is a file naming its owner, removed on release', () => {
    const lock = acquireBuildLock(root, { task: 'build', log: () => {}, pid: 4242 });
    expect(readOwner(join(root, LOCK_FILE))).toMatchObject({ pid: 4242, task: 'build' });
    expect(lock.held()).toBe(true);
    lock.release();
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
  });

  it('makes a second build wait for a live owner, counting polls, then says who holds it and what to do', () => {
    owner(777);
    const log: string[] = [];
    let polls = 0;
    expect(() => acquireBuildLock(root, { task: 'build', log: (l) => log.push(l), pid: 888, isAlive: () => true, maxPolls: 3, sleep: () => polls++ })).toThrow(
      /^\.build\.lock: a build \(pid 777, started 2026-01-01T00:00:00\.000Z\) is still running in this folder\. Fix: wait for it to finish, or stop it \(kill 777\)/,
    );
    expect(polls).toBe(3);
    expect(log).toEqual([expect.stringMatching(/^Waiting for the build of pid 777/)]);
    expect(readOwner(join(root, LOCK_FILE))?.pid).toBe(777);
  });

  it('gets the lock once the owner finishes while it waits', () => {
    owner(777);
    const lock = acquireBuildLock(root, { task: 'build', log: () => {}, pid: 888, isAlive: () => true, sleep: () => rmSync(join(root, LOCK_FILE)) });
    expect(lock.held()).toBe(true);
  });

  it('takes over, with a message, a lock whose process is gone or which cannot be read', () => {
    owner(777);
    const log: string[] = [];
    const lock = acquireBuildLock(root, { task: 'build', log: (l) => log.push(l), pid: 888, isAlive: (pid) => pid !== 777 });
    expect(log).toEqual([expect.stringMatching(/the build of pid 777 \(started 2026-01-01T00:00:00\.000Z\) is no longer running; taking over its lock/)]);
    expect(lock.held()).toBe(true);
    writeFileSync(join(root, LOCK_FILE), '{"pid":');
    expect(lock.held()).toBe(false);
    const again = acquireBuildLock(root, { task: 'dev', log: (l) => log.push(l), pid: 999 });
    expect(again.held()).toBe(true);
    expect(log.at(-1)).toMatch(/unreadable; taking it over/);
  });

  it('never releases a lock that another build has taken over', () => {
    const lock = acquireBuildLock(root, { task: 'build', log: () => {}, pid: 4242 });
    owner(5151);
    expect(lock.held()).toBe(false);
    lock.release();
    expect(readFileSync(join(root, LOCK_FILE), 'utf8')).toContain('5151');
  });
});
