import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { execGit } from './exec-git.js';
import { gitEnv } from './invocation.js';
import { gitCommonDir } from './repo.js';
import { spawnProgram } from './spawn.js';

export interface HookRun {
  /** null: the hook could not be started (errno in `error`). */
  status: number | null;
  output: string;
  error?: string;
}

/**
 * Run a pre-commit hook as git would (the file itself, at the root), against a temporary index that holds HEAD's
 * tree plus one canary file: the user's index, working tree, HEAD and stash are never touched. The temporary index
 * lives under the git dir and is removed afterwards; the canary's blob stays an unreachable object, which git's
 * garbage collection removes.
 *
 *   $ GIT_INDEX_FILE=.git/keyguard-doctor-index git read-tree HEAD
 *   $ git hash-object -w --stdin  →  7c4a…
 *   $ GIT_INDEX_FILE=… git update-index --add --cacheinfo 100644,7c4a…,keyguard-doctor-canary.txt
 */
export function runHookWithCanary(root: string, hook: string, canaryText: string, canaryPath: string): HookRun {
  const index = join(gitCommonDir(root), `keyguard-doctor-index-${process.pid}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    const head = execGit(['rev-parse', '--verify', '--quiet', 'HEAD^{tree}'], { cwd: root, allowFailure: true });
    execGit(head === null || head.trim() === '' ? ['read-tree', '--empty'] : ['read-tree', 'HEAD'], { cwd: root, env });
    const blob = (execGit(['hash-object', '-w', '--stdin'], { cwd: root, input: canaryText }) ?? '').trim();
    execGit(['update-index', '--add', '--cacheinfo', `100644,${blob},${canaryPath}`], { cwd: root, env });
    const runEnv: Record<string, string | undefined> = { ...gitEnv(), ...env, LC_ALL: process.env.LC_ALL };
    delete runEnv.GIT_OPTIONAL_LOCKS;
    const result = spawnProgram(hook, [], { cwd: root, env: runEnv, maxBuffer: 16 * 1024 * 1024 });
    const output = result.stdout.toString('utf8') + result.stderr.toString('utf8');
    return { status: result.status, output, ...(result.error === undefined ? {} : { error: result.error }) };
  } finally {
    rmSync(index, { force: true });
  }
}

/** Where `name` resolves on PATH in a POSIX shell started as a hook is (null: not found). */
export function shellWhich(root: string, name: string, path: string | undefined): string | null {
  const env = { ...process.env, ...(path === undefined ? {} : { PATH: path }) };
  const r = spawnProgram('sh', ['-c', `command -v ${name}`], { cwd: root, env, maxBuffer: 1024 * 1024 });
  const out = r.stdout.toString('utf8').trim();
  return r.status === 0 && out !== '' ? out : null;
}
