import { mkdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { gitCommonDir } from '../git/hooks.js';
import type { Change } from './change.js';

/**
 * What init changed, kept inside the repository's git folder (never committed, shared by its worktrees) so that
 * `keyguard uninstall` reverses exactly that. A second init appends what it changed.
 */
function recordPath(root: string): string {
  return join(gitCommonDir(root), 'keyguard', 'installed.json');
}

export function readRecord(root: string): Change[] | null {
  try {
    const data = JSON.parse(readFileSync(recordPath(root), 'utf8')) as { changes?: Change[] };
    return Array.isArray(data.changes) ? data.changes : null;
  } catch {
    return null;
  }
}

export function appendRecord(root: string, changes: Change[]): void {
  if (changes.length === 0) return;
  const path = recordPath(root);
  mkdirSync(dirname(path), { recursive: true });
  const all = [...(readRecord(root) ?? []), ...changes];
  writeFileAtomic(path, `${JSON.stringify({ version: 1, changes: all }, null, 2)}\n`);
}

/** Keep only what uninstall could not take back (a later run tries again), or drop the record. */
export function replaceRecord(root: string, left: Change[]): void {
  const path = recordPath(root);
  if (left.length === 0) {
    rmSync(path, { force: true });
    try {
      rmdirSync(dirname(path)); // the folder, when empty
    } catch {
      // something else lives there
    }
    return;
  }
  writeFileAtomic(path, `${JSON.stringify({ version: 1, changes: left }, null, 2)}\n`);
}
