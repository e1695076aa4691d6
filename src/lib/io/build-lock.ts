/**
 * One build (or extraction) at a time in a project folder. The lock is a
 * file created exclusively (`wx`), holding the owner's PID, so a second
 * build waits for the first instead of deleting its staged output, and a
 * lock left by a killed build is taken over, with a message, once its PID
 * is gone.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file, relative to the project root. */
export const LOCK_FILE = '.build.lock';

/** Who holds the lock. */
export interface LockOwner {
  pid: number;
  /** ISO time the owner took the lock. */
  started: string;
  /** What the owner is doing: `build`, `extract`, `dev`. */
  task: string;
}

/** What taking the lock may use; every part can be replaced in tests. */
export interface LockOptions {
  task: string;
  log: (line: string) => void;
  /** How long to wait for a live owner before giving up, in polls. */
  maxPolls?: number;
  /** Waits between polls (synchronously). */
  sleep?: () => void;
  /** Whether a process is still running. */
  isAlive?: (pid: number) => boolean;
  pid?: number;
  now?: () => Date;
}

/** A held lock: release it when done; `held()` says whether it is still ours. */
export interface BuildLock {
  release(): void;
  held(): boolean;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pause = (): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
};

/** The owner recorded in a lock file, or null when it is missing or unreadable (a half-written lock). */
export function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? { pid: owner.pid, started: String(owner.started ?? ''), task: String(owner.task ?? 'build') } : null;
  } catch {
    return null;
  }
}

/**
 * Creates the lock file, whole, if no one has it; false when it exists. The
 * owner is written to a file of its own first and then hard-linked into
 * place, so no reader ever sees a lock without its owner.
 */
function tryCreate(path: string, owner: LockOwner): boolean {
  const temp = `${path}.${owner.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(owner)}\n`);
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new Error(`${path}: cannot create the build lock (${(error as Error).message}). Fix: check that the project folder is writable`);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Takes the project's build lock, waiting while a live process holds it and
 * taking over a lock whose process is gone. Throws, saying who holds it and
 * what to do, when the wait runs out.
 */
export function acquireBuildLock(root: string, options: LockOptions): BuildLock {
  const { task, log, maxPolls = 1800, sleep = pause, isAlive = processAlive, pid = process.pid, now = () => new Date() } = options;
  const path = join(root, LOCK_FILE);
  const me: LockOwner = { pid, started: now().toISOString(), task };
  let waited = false;
  for (let poll = 0; ; poll++) {
    if (tryCreate(path, me)) break;
    const owner = readOwner(path);
    if (owner && owner.pid === pid) break;
    if (!owner || !isAlive(owner.pid)) {
      // Gone (or unreadable): take it over. The lock is re-created by a hard link, which fails if it exists, so two
      // builds taking over at once cannot both win; the loser sees the winner's live lock next time round.
      log(owner ? `${LOCK_FILE}: the ${owner.task} of pid ${owner.pid} (started ${owner.started}) is no longer running; taking over its lock.` : `${LOCK_FILE}: unreadable; taking it over.`);
      // Only the lock just read is removed; one that another build took in the meantime is left for the next round.
      if (readOwner(path)?.pid === owner?.pid) rmSync(path, { force: true });
      continue;
    }
    if (poll >= maxPolls) {
      throw new Error(`${LOCK_FILE}: a ${owner.task} (pid ${owner.pid}, started ${owner.started}) is still running in this folder. Fix: wait for it to finish, or stop it (kill ${owner.pid}) and run again`);
    }
    if (!waited) log(`Waiting for the ${owner.task} of pid ${owner.pid} (started ${owner.started}) to finish: one build at a time in a folder…`);
    waited = true;
    sleep();
  }
  const held = () => readOwner(path)?.pid === pid;
  return {
    held,
    release: () => {
      if (held()) rmSync(path, { force: true });
    },
  };
}
