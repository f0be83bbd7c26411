/** How keyguard runs git (see exec-git.ts, the one door). */

/** Optional locks off, so that a scan never competes with the commit that runs it for the index lock. */
export function gitEnv(): Record<string, string | undefined> {
  return { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

/** Every staged change, raw entries then the patch without context (see parseStagedDiff). */
export const STAGED_DIFF_ARGS: readonly string[] = [
  '-c',
  'core.quotePath=false',
  'diff',
  '--cached',
  '--raw',
  '-z',
  '-p',
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--find-renames',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];
