/** How keyguard runs git (see exec-git.ts, the one door). */

/**
 * Optional locks off, so that a scan never competes with the commit that runs it for the index lock. The variables
 * that change what `git diff` prints whatever its options say are dropped: GIT_DIFF_OPTS (`--unified=5` puts context
 * lines into the `-U0` patch) and GIT_EXTERNAL_DIFF (an external program replaces the patch).
 */
export function gitEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.GIT_DIFF_OPTS;
  delete env.GIT_EXTERNAL_DIFF;
  return { ...env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

/**
 * Every staged change, raw entries then the patch without context (see parseStagedDiff). Every option the parser
 * relies on is on the command line, where it overrides the user's settings: no context even between close hunks
 * (diff.interHunkContext), a submodule as one `Subproject commit` line (diff.submodule=log or diff prints a log or
 * a patch of its files instead of a section), no colour, no external diff or textconv, paths from the repository
 * root (diff.relative), fixed prefixes (diff.noprefix, diff.mnemonicPrefix), renames found (diff.renames=copies
 * would report copies; either is read), unquoted names (core.quotePath) and full object ids (core.abbrev).
 */
export const STAGED_DIFF_ARGS: readonly string[] = [
  '-c',
  'core.quotePath=false',
  'diff',
  '--cached',
  '--raw',
  '-z',
  '-p',
  '-U0',
  '--inter-hunk-context=0',
  '--submodule=short',
  '--no-abbrev',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--find-renames',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];
