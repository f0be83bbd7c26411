import { gitEnv } from './invocation.js';
import { spawnProgram } from './spawn.js';

/** git failed: carries its stderr and exit status. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
    readonly status: number | null,
  ) {
    const reason = stderr.trim().split('\n').filter(Boolean).pop() ?? `exit status ${status}`;
    super(`git ${args[0] ?? ''} failed: ${reason}`);
    this.name = 'GitError';
  }
}

export interface GitOptions {
  cwd: string;
  /** Written to git's standard input. */
  input?: string | Buffer;
  /** Resolve with null instead of throwing when git exits non-zero. */
  allowFailure?: boolean;
  /** Exit statuses besides 0 that are answers, not failures (`git check-ignore` exits 1 for "none ignored"). */
  okStatus?: readonly number[];
  /** Variables set for this call (GIT_INDEX_FILE for a temporary index). */
  env?: Record<string, string>;
}

const MAX_BUFFER = 1024 * 1024 * 1024;

/**
 * The one door to git: every git process keyguard starts goes through here, with the environment of
 * invocation.ts.
 */
export function execGitBuffer(args: readonly string[], options: GitOptions): Buffer | null {
  const result = spawnProgram('git', args, {
    cwd: options.cwd,
    input: typeof options.input === 'string' ? Buffer.from(options.input) : options.input,
    maxBuffer: MAX_BUFFER,
    env: { ...gitEnv(), ...options.env },
  });
  if (result.error !== undefined) {
    const reason =
      result.error === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git (${result.error})`;
    throw new GitError(args, reason, null);
  }
  if (result.status !== 0 && !options.okStatus?.includes(result.status ?? -1)) {
    if (options.allowFailure) return null;
    throw new GitError(args, result.stderr.toString('utf8'), result.status);
  }
  return result.stdout;
}

export function execGit(args: readonly string[], options: GitOptions): string | null {
  const out = execGitBuffer(args, options);
  return out === null ? null : out.toString('utf8');
}
