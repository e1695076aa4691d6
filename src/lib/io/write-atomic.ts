import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a file to a temp path, then renames it into place, so readers never see half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    // ENOSPC, EACCES, EROFS…: say which file, and that the old one is untouched.
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(`${path}: could not be written (${code}: ${(error as Error).message.replace(/^\w+: /, '')}); the file as it was is unchanged. Fix: free disk space or check the folder's permissions, then run again`);
  } finally {
    // Cleaning up must never hide the error above.
    try {
      rmSync(temp, { force: true });
    } catch {
      // A temp path that is not a file was never ours to remove.
    }
  }
}

/** Writes a file; the seam scripts take so tests can capture output. */
export type Writer = (path: string, data: string) => void;
