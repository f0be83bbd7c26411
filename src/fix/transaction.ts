import { readFileSync, rmSync } from 'node:fs';
import { writeBlob } from '../git/blobs.js';
import { updateIndex, type IndexEntry } from '../git/index-entries.js';
import { fsPath } from '../fs/path-bytes.js';
import { writeFileAtomic } from '../fs/write-atomic.js';

/** One file of the working tree: what it held (null: it did not exist) and what it will hold. */
export interface FileChange {
  path: string;
  before: Buffer | null;
  after: Buffer;
  /** Permissions for a file this creates (.env: 0600); an existing file keeps its own. */
  mode?: number;
}

/** One index entry: new content for a path (as git stores it), or null to remove the path from the index. */
export interface IndexChange {
  path: string;
  mode: string;
  content: Buffer | null;
}

export interface Changes {
  files: FileChange[];
  index: IndexChange[];
}

/** The file as it is now (null: absent), for a FileChange's `before`; `path` as fs/path-bytes.ts holds names. */
export function readIfExists(path: string): Buffer | null {
  try {
    return readFileSync(fsPath(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * All or nothing. New blobs go into git's object store first (unreferenced objects change nothing a user sees);
 * then each file is replaced atomically (temp file + rename); the index is updated last, in one step. If any step
 * fails, the files already written get their old bytes back (a created file is removed) and the error is rethrown:
 * the working tree and the index are as they were.
 */
export function commitChanges(root: string, changes: Changes): void {
  const entries: IndexEntry[] = changes.index.map((e) => ({
    path: e.path,
    mode: e.mode,
    oid: e.content === null ? null : writeBlob(root, e.content),
  }));
  const written: FileChange[] = [];
  try {
    for (const file of changes.files) {
      if (file.before !== null && file.before.equals(file.after)) continue;
      written.push(file);
      writeFileAtomic(file.path, file.after, file.before === null ? file.mode : undefined);
    }
    updateIndex(root, entries);
  } catch (error) {
    for (const file of written.reverse()) restore(file);
    throw error;
  }
}

function restore(file: FileChange): void {
  try {
    if (file.before === null) rmSync(fsPath(file.path), { force: true });
    else writeFileAtomic(file.path, file.before);
  } catch {
    // keep restoring the others; the error that stopped the change is what gets reported
  }
}
