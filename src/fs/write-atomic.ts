import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replace (or create) a file in one step: write a temporary file next to it, then rename it over the original, so
 * a reader sees the old content or the new one, never half of it. A symlinked file is written through its link;
 * an existing file keeps its permissions unless `mode` says otherwise. Used for every edit of a user's file.
 */
export function writeFileAtomic(path: string, content: string | Buffer, mode?: number): void {
  const target = realTarget(path);
  let keepMode = mode;
  try {
    keepMode ??= statSync(target).mode & 0o7777;
  } catch {
    // a new file: default permissions
  }
  const temp = join(dirname(target), `.${basename(target)}.keyguard-${process.pid}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    if (keepMode !== undefined) chmodSync(temp, keepMode);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
