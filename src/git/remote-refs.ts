import { execGit } from './exec-git.js';

/**
 * Of `commits`, those reachable from a remote-tracking ref (pushed, or fetched from someone who pushed them): one
 * `git rev-list --remotes` for all of them, read line by line against the set.
 *
 *   $ git rev-list --remotes
 *   9f2c…e41
 *   4a7b…0c2
 */
export function reachableFromRemotes(root: string, commits: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (commits.size === 0) return found;
  const out = execGit(['rev-list', '--remotes'], { cwd: root, allowFailure: true }) ?? '';
  for (let at = 0; at < out.length;) {
    const nl = out.indexOf('\n', at);
    const line = out.slice(at, nl === -1 ? out.length : nl);
    if (commits.has(line)) found.add(line);
    at = nl === -1 ? out.length : nl + 1;
  }
  return found;
}

/**
 * A remote-tracking branch that holds each commit, for the report ("origin/main"): one `git name-rev` for them all.
 *
 *   $ git name-rev --name-only --refs='refs/remotes/*' 9f2c…e41 4a7b…0c2
 *   remotes/origin/main~3
 *   remotes/origin/feature
 */
export function remoteBranchOf(root: string, commits: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  if (commits.length === 0) return names;
  for (let i = 0; i < commits.length; i += 500) {
    const batch = commits.slice(i, i + 500);
    const args = ['name-rev', '--name-only', '--refs=refs/remotes/*', ...batch];
    const out = execGit(args, { cwd: root, allowFailure: true }) ?? '';
    out.split('\n').forEach((name, j) => {
      const branch = name.replace(/^remotes\//, '').replace(/[~^].*$/, '');
      if (j < batch.length && branch !== '' && branch !== 'undefined') names.set(batch[j]!, branch);
    });
  }
  return names;
}

/** How many commits `git log REVS` lists (for progress): `git rev-list --count`. */
export function countCommits(root: string, revs: readonly string[], since: string | undefined): number | null {
  const args = ['rev-list', '--count', '--no-merges', ...(since === undefined ? [] : [`--since=${since}`])];
  const out = execGit([...args, ...(revs.length === 0 ? ['--all'] : revs), '--'], { cwd: root, allowFailure: true });
  const n = Number.parseInt(out ?? '', 10);
  return Number.isFinite(n) ? n : null;
}

/** The commit HEAD names, or null on an unborn branch. */
export function headCommit(root: string): string | null {
  const out = execGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root, allowFailure: true });
  return out === null || out.trim() === '' ? null : out.trim();
}
