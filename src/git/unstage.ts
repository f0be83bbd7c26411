import { execGit, execGitBuffer } from './exec-git.js';

/**
 * Remove `paths` from the index; the files stay on disk untouched. `-f` because git otherwise refuses a file whose
 * staged content differs from both HEAD and the working tree, and dropping that staged copy is the point.
 * Inside a hook, git's GIT_INDEX_FILE (inherited) names the index that is being committed.
 *
 *   $ git --literal-pathspecs rm --cached -f -q --ignore-unmatch -- .env
 *   (no output)
 */
export function unstage(root: string, paths: readonly string[]): void {
  if (paths.length === 0) return;
  execGit(['--literal-pathspecs', 'rm', '--cached', '-f', '-q', '--ignore-unmatch', '--', ...paths], { cwd: root });
}

/**
 * Does the index hold anything to commit? `git diff --cached --quiet` prints nothing and exits 1 when the index
 * differs from HEAD (from the empty tree before the first commit), 0 when it does not. A failure counts as "yes":
 * git itself then decides what the commit does.
 */
export function hasStagedChanges(root: string): boolean {
  return execGitBuffer(['diff', '--cached', '--quiet', '--no-ext-diff'], { cwd: root, allowFailure: true }) === null;
}
