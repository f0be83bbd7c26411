import { namesFromNul, nulSeparated } from '../fs/path-bytes.js';
import { execGitBuffer } from './exec-git.js';

/**
 * Remove `paths` from the index; the files stay on disk untouched. `-f` because git otherwise refuses a file whose
 * staged content differs from both HEAD and the working tree, and dropping that staged copy is the point.
 * Inside a hook, git's GIT_INDEX_FILE (inherited) names the index that is being committed. The names go to git's
 * standard input as bytes, so a name that is not UTF-8 reaches git unchanged.
 *
 *   $ printf '.env\0' | git --literal-pathspecs rm --cached -f -q --ignore-unmatch --pathspec-from-file=- --pathspec-file-nul
 *   (no output)
 */
export function unstage(root: string, paths: readonly string[]): void {
  if (paths.length === 0) return;
  execGitBuffer(
    [
      '--literal-pathspecs',
      'rm',
      '--cached',
      '-f',
      '-q',
      '--ignore-unmatch',
      '--pathspec-from-file=-',
      '--pathspec-file-nul',
    ],
    { cwd: root, input: nulSeparated(paths) },
  );
}

/**
 * Which of `paths` the index still holds: read back after unstaging, so that a report never says "unstaged" about
 * a file that will be committed.
 *
 *   $ git ls-files -z
 *   .gitignore\0src/app.py\0
 */
export function stillInIndex(root: string, paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const out = execGitBuffer(['ls-files', '-z'], { cwd: root });
  const index = new Set(namesFromNul(out ?? Buffer.alloc(0)));
  return paths.filter((p) => index.has(p));
}

/**
 * Does the index hold anything to commit? `git diff --cached --quiet` prints nothing and exits 1 when the index
 * differs from HEAD (from the empty tree before the first commit), 0 when it does not. A failure counts as "yes":
 * git itself then decides what the commit does.
 */
export function hasStagedChanges(root: string): boolean {
  return execGitBuffer(['diff', '--cached', '--quiet', '--no-ext-diff'], { cwd: root, allowFailure: true }) === null;
}
