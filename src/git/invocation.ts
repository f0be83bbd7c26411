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

/**
 * Every commit's changes, newest first, as one stream: a header per commit (see log-stream.ts), then the same raw
 * entries and patch as STAGED_DIFF_ARGS, pinned the same way. Merges show no patch (their changes were committed,
 * and scanned, on the branches they join). REVS follow, as `git rev-list` takes them.
 */
export function historyLogArgs(revs: readonly string[], since: string | undefined): string[] {
  const diff = STAGED_DIFF_ARGS.slice(STAGED_DIFF_ARGS.indexOf('--raw'));
  return [
    '-c',
    'core.quotePath=false',
    'log',
    `--format=${COMMIT_MARK_FORMAT}`,
    ...diff,
    '--no-merges',
    ...(since === undefined ? [] : [`--since=${since}`]),
    ...(revs.length === 0 ? ['--all'] : revs),
    '--',
  ];
}

/** What starts each commit in historyLogArgs' output: two NULs (never in a patch or a raw entry's path), `kg `. */
export const COMMIT_MARK = '\0\0kg ';
const COMMIT_MARK_FORMAT = '%x00%x00kg %H %ct %aI %P%x01%aN';
