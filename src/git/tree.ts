import { execGitBuffer } from './exec-git.js';

/** A file of a commit's tree. */
export interface TreeFile {
  /** Relative to the repository root. */
  path: string;
  mode: string;
  blob: string;
}

/**
 * Every file of `rev`'s tree, with content (no symlinks, no submodules), or null when `rev` does not name a commit
 * (a repository with no commit yet).
 *
 *   $ git ls-tree -r -z --full-tree HEAD
 *   100644 blob 8ab686eafeb1f44702738c8b0f24f2567c36da6d\tsrc/app.py\0160000 commit 2c3f…\tvendor/lib\0
 */
export function listTree(root: string, rev: string): TreeFile[] | null {
  const out = execGitBuffer(['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--full-tree', rev, '--'], {
    cwd: root,
    allowFailure: true,
  });
  if (out === null) return null;
  const files: TreeFile[] = [];
  for (const entry of out.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', type, blob = ''] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000') files.push({ path: entry.slice(tab + 1), mode, blob });
  }
  return files;
}
