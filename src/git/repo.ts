import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
