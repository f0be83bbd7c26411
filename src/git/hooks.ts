import { isAbsolute, resolve } from 'node:path';
import { execGit } from './exec-git.js';

/**
 * The folder git runs hooks from, absolute: honours core.hooksPath and, in a linked worktree, the common git dir.
 */
export function hooksDir(root: string): string {
  // $ git rev-parse --path-format=absolute --git-path hooks
  // /home/me/project/.git/hooks
  const out = execGit(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], { cwd: root }) ?? '';
  const dir = out.replace(/\r?\n$/, '');
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** core.hooksPath as configured (any scope), or null when unset. */
export function hooksPathSetting(root: string): string | null {
  // $ git config --get core.hooksPath
  // .husky/_
  const out = execGit(['config', '--get', 'core.hooksPath'], { cwd: root, allowFailure: true });
  if (out === null) return null;
  const value = out.replace(/\r?\n$/, '');
  return value.length > 0 ? value : null;
}

/** The git folder every worktree shares (where hooks and config live). */
export function gitCommonDir(root: string): string {
  // $ git rev-parse --path-format=absolute --git-common-dir
  // /home/me/project/.git
  const out = execGit(['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: root }) ?? '';
  return out.replace(/\r?\n$/, '');
}

/** Set a repository-level git setting, or unset it (null). */
export function setLocalConfig(root: string, key: string, value: string | null): void {
  if (value === null) execGit(['config', '--local', '--unset', key], { cwd: root, okStatus: [5] });
  else execGit(['config', '--local', key, value], { cwd: root });
}

/** The paths of the submodules listed in .gitmodules (relative to the root). */
export function submodulePaths(root: string): string[] {
  // $ git config -z --file .gitmodules --get-regexp '^submodule\..*\.path$'
  // submodule.lib.path\nlib\0
  const out = execGit(['config', '-z', '--file', '.gitmodules', '--get-regexp', '^submodule\\..*\\.path$'], {
    cwd: root,
    allowFailure: true,
  });
  if (out === null) return [];
  return out
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(entry.indexOf('\n') + 1));
}
