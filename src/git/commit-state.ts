import { execGit, execGitBuffer } from './exec-git.js';

/**
 * Does the index hold anything to commit? `git diff --cached --quiet` prints nothing and exits 1 when the index
 * differs from HEAD (from the empty tree before the first commit), 0 when it does not. A failure counts as "yes":
 * git itself then decides what the commit does.
 */
export function hasStagedChanges(root: string): boolean {
  return execGitBuffer(['diff', '--cached', '--quiet', '--no-ext-diff'], { cwd: root, allowFailure: true }) === null;
}

/**
 * Is the commit that runs this hook `git commit --amend`? Git tells a pre-commit hook nothing about it, but it
 * exports the author of the commit it is making (GIT_AUTHOR_NAME, _EMAIL, _DATE as `@seconds zone`): an amend
 * keeps HEAD's author, date to the second, where a new commit is dated now. So the same author, email and date as
 * HEAD's means an amend (`--amend --reset-author` reads as a new commit, which is the safe side).
 *
 *   $ git cat-file commit HEAD
 *   tree 9bc7…
 *   author Ann <ann@example.com> 1796209255 +0000
 */
export function amendInProgress(root: string, env: Record<string, string | undefined>): boolean {
  const date = /^@(\d+) ([+-]\d{4})$/.exec(env.GIT_AUTHOR_DATE ?? '');
  if (date === null || env.GIT_AUTHOR_NAME === undefined || env.GIT_AUTHOR_EMAIL === undefined) return false;
  const head = execGit(['cat-file', 'commit', 'HEAD'], { cwd: root, allowFailure: true }) ?? '';
  const author = /^author (.*) <(.*)> (\d+) ([+-]\d{4})$/m.exec(head);
  if (author === null) return false;
  const [, name, email, seconds, zone] = author;
  return name === env.GIT_AUTHOR_NAME && email === env.GIT_AUTHOR_EMAIL && seconds === date[1] && zone === date[2];
}
