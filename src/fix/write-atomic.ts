import { lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replace a file's content in one step: write a sibling temporary file, then rename it over the target, so a crash
 * never leaves half a file. A symlinked target is written through its link; an existing file keeps its mode.
 */
export function writeFileAtomic(path: string, content: string | Buffer): void {
  let target = path;
  let mode: number | undefined;
  try {
    if (lstatSync(path).isSymbolicLink()) target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // a new file
  }
  const temp = join(dirname(target), `.${basename(target)}.keyguard-${process.pid}.tmp`);
  try {
    writeFileSync(temp, content, mode === undefined ? {} : { mode });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
