import { namesFromNul, pathBytes } from '../fs/path-bytes.js';
import { execGitBuffer } from './exec-git.js';

/** One index entry to set (mode and blob) or, with `oid` null, to remove. */
export interface IndexEntry {
  path: string;
  mode: string;
  oid: string | null;
}

const NO_OBJECT = '0'.repeat(40);

/**
 * Set and remove index entries in one step: git writes the index once, under its lock, or not at all. Inside a hook
 * GIT_INDEX_FILE (inherited) names the index being committed. Records are NUL-terminated (`-z`) and names go as
 * their exact bytes (see fs/path-bytes.ts), so a name that is not UTF-8 reaches git unchanged:
 *
 *   $ printf '100644 587be6b…\tapp.py\0000 0000000…\t.env\0' | git update-index -z --index-info
 *   (no output)
 */
export function updateIndex(root: string, entries: readonly IndexEntry[]): void {
  if (entries.length === 0) return;
  const input = Buffer.concat(
    entries.flatMap((e) => [
      Buffer.from(e.oid === null ? `0 ${NO_OBJECT}\t` : `${e.mode} ${e.oid}\t`),
      pathBytes(e.path),
      Buffer.from([0]),
    ]),
  );
  execGitBuffer(['update-index', '-z', '--index-info'], { cwd: root, input });
}

/**
 * Which of `paths` the index holds (tracked or staged), compared by their exact bytes. The whole index is listed:
 * `ls-files` takes no pathspecs on standard input, and a name that is not UTF-8 cannot go on its command line. Also
 * read back after a fix, so that a report never says "unstaged" about a file that will be committed.
 *
 *   $ git ls-files -z --cached
 *   .env.example\0src/app.py\0
 */
export function indexedPaths(root: string, paths: readonly string[]): Set<string> {
  if (paths.length === 0) return new Set();
  const out = execGitBuffer(['ls-files', '-z', '--cached'], { cwd: root });
  const index = new Set(namesFromNul(out ?? Buffer.alloc(0)));
  return new Set(paths.filter((p) => index.has(p)));
}
