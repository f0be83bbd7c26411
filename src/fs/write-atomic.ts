import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsPath, pathFromBytes } from './path-bytes.js';

/**
 * Replace (or create) a file in one step: write a temporary file next to it, then rename it over the original, so
 * a reader sees the old content or the new one, never half of it. A symlinked file is written through its link;
 * an existing file keeps its permissions unless `mode` says otherwise. Used for every edit of a user's file. A
 * name that is not UTF-8 (see fs/path-bytes.ts) is written under its exact bytes.
 */
export function writeFileAtomic(path: string, content: string | Buffer, mode?: number): void {
  const target = realTarget(path);
  let keepMode = mode;
  try {
    keepMode ??= statSync(fsPath(target)).mode & 0o7777;
  } catch {
    // a new file: default permissions
  }
  const temp = join(dirname(target), `.${basename(target)}.keyguard-${process.pid}.tmp`);
  try {
    // Created with its final mode, so a 0600 file is never readable by others, not even for a moment.
    writeFileSync(fsPath(temp), content, { flag: 'wx', mode: keepMode ?? 0o666 });
    if (keepMode !== undefined) chmodSync(fsPath(temp), keepMode);
    renameSync(fsPath(temp), fsPath(target));
  } catch (error) {
    rmSync(fsPath(temp), { force: true });
    throw error;
  }
}

function realTarget(path: string): string {
  try {
    const real: Buffer | string = realpathSync(fsPath(path), { encoding: 'buffer' });
    // Yarn Plug'n'Play patches fs and answers with a string whatever the encoding asked
    return typeof real === 'string' ? real : pathFromBytes(real);
  } catch {
    return path;
  }
}
