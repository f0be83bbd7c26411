import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { execGit } from './exec-git.js';

/** The nearest folder at or above `cwd` that holds a `.git` entry (a folder, or a file in worktrees and submodules). */
function findDotGit(cwd: string): string | null {
  let dir = cwd;
  for (;;) {
    try {
      statSync(join(dir, '.git'));
      return dir;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return null;
      dir = parent;
    }
  }
}

/**
 * The working tree's root, or null when `cwd` is not inside a git working tree. The common case is answered from
 * the file system (this runs on every commit and a git process costs milliseconds); git decides whenever the
 * environment redirects it (GIT_DIR, GIT_WORK_TREE) or no `.git` is found.
 */
export function findRepoRoot(cwd: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.GIT_DIR === undefined && env.GIT_WORK_TREE === undefined) {
    const found = findDotGit(cwd);
    if (found !== null) return found;
  }
  // $ git rev-parse --show-toplevel
  // /home/me/project
  const out = execGit(['rev-parse', '--show-toplevel'], { cwd, allowFailure: true });
  if (out === null) return null;
  const root = out.replace(/\r?\n$/, '');
  return root.length > 0 ? root : null;
}

/**
 * The repository's git directory, read from the file system: `.git` itself, or the `gitdir:` line of a `.git`
 * file (worktrees, submodules). Falls back to git when the environment redirects it.
 */
function findGitDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.GIT_DIR !== undefined) return resolve(root, env.GIT_DIR);
  const dotGit = join(root, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    // $ cat .git
    // gitdir: /home/me/project/.git/worktrees/feature
    const line = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
    if (line) return resolve(root, line[1]!.trim());
  } catch {
    // ask git below
  }
  // $ git rev-parse --absolute-git-dir
  // /home/me/project/.git
  return (execGit(['rev-parse', '--absolute-git-dir'], { cwd: root }) ?? '').trim();
}

/** A merge is being concluded: MERGE_HEAD names the other parent. */
export function mergeInProgress(root: string): boolean {
  return existsSync(join(findGitDir(root), 'MERGE_HEAD'));
}

/**
 * The git directory that every worktree of the repository shares: the git dir itself, or, in a linked worktree, the
 * one its `commondir` file names.
 */
export function gitCommonDir(root: string): string {
  const gitDir = findGitDir(root);
  try {
    // $ cat .git/worktrees/feature/commondir
    // ../..
    return resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim());
  } catch {
    return gitDir;
  }
}
