import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replace (or create) a file in one step: write a temporary file next to it, then rename it over the original.
 * A reader sees the old content or the new one, never half of it; the original's permissions are kept.
 */
export function writeAtomic(link: string, content: string, mode?: number): void {
  const path = realTarget(link);
  let keepMode = mode;
  try {
    keepMode ??= statSync(path).mode & 0o7777;
  } catch {
    // a new file: default permissions
  }
  const temp = join(dirname(path), `.${basename(path)}.keyguard-${process.pid}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    if (keepMode !== undefined) chmodSync(temp, keepMode);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Write through a symbolic link to the file it points at, instead of replacing the link. */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
