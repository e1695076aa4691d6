/**
 * A throwaway copy of the project in a temp folder, sharing node_modules by
 * a symlink: the bench and the end-to-end tests build, add articles and
 * break things there, never in the working tree.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build needs; generated data, caches and dist/ are left behind unless asked for. */
export const PROJECT_FILES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Copies the project at `root` into a new temp folder named after `prefix`; returns the folder. */
export function copyProject(root: string, prefix: string, options: { generated?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const entry of PROJECT_FILES) {
    // Links are copied as what they point to: src/generated/facts.json links into .site/, which is not copied.
    cpSync(join(root, entry), join(dir, entry), { recursive: true, dereference: true, filter: (p) => options.generated === true || !p.includes('src/generated') });
  }
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
