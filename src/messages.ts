/** Every sentence keyguard says to a user, in one place. */

export const BYPASS = 'git commit --no-verify';
export const FIX_COMMAND = 'keyguard scan --staged --fix';

/** A path as a shell argument: bare when plain, single-quoted otherwise. */
const sh = (path: string) => (/^[\w./@+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`);
const list = (items: readonly string[]) => items.join(', ');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Staged secret-bearing files (.env…) and what --fix and the offer say. */
const secretFiles = {
  unknownDefault: (glob: string, defaults: readonly string[]) =>
    `"ignoreSecretFiles" lists "${glob}", which is not a default secret-file pattern (defaults: ${list(defaults)})`,
  fixUnignored: (file: string, entry: string) =>
    `add '${entry}' to .gitignore, then unstage it: git rm --cached ${sh(file)}`,
  fixForceAdded: (file: string) =>
    `unstage it: git rm --cached ${sh(file)} (.gitignore covers it; it was added with --force)`,
  fixTracked: (file: string, entry: string | null) =>
    `its keys are already in the history: rotate them; then stop tracking it: git rm --cached ${sh(file)}` +
    (entry === null ? '' : ` and add '${entry}' to .gitignore`),
  label: {
    'unignored-secret-file': 'secret-bearing file staged, not covered by .gitignore',
    'force-added-secret-file': 'secret-bearing file staged with --force although .gitignore covers it',
    'tracked-secret-file': 'secret-bearing file already committed and staged again',
  } as Record<string, string>,
  header: (files: number, secrets: number) =>
    `keyguard: ${plural(files, 'secret-bearing file', 'secret-bearing files')}` +
    (secrets > 0 ? ` and ${plural(secrets, 'secret', 'secrets')}` : '') +
    ' found in staged changes; the commit is blocked.',
  fixAll: `Fix the files: ${FIX_COMMAND}  (adds them to .gitignore and unstages them; they stay on disk)`,

  question: (toIgnore: readonly string[], toUnstage: readonly string[], tracked: readonly string[]) =>
    (toIgnore.length === 0
      ? `Unstage ${list(toUnstage)} (.gitignore covers ${toUnstage.length === 1 ? 'it' : 'them'})`
      : toIgnore.length === toUnstage.length
        ? `Add ${list(toIgnore)} to .gitignore and unstage ${toUnstage.length === 1 ? 'it' : 'them'}`
        : `Add ${list(toIgnore)} to .gitignore and unstage ${list(toUnstage)}`) +
    (tracked.length === 0 ? '' : ` (${list(tracked)}: stop tracking, the commit removes it from the repository)`) +
    '? [Y/n] ',
  declined: `keyguard: nothing changed; the commit is blocked. Fix it later with: ${FIX_COMMAND}`,
  addedEntries: (gitignore: string, entries: readonly string[], created: boolean) =>
    `keyguard: ${created ? 'created' : 'updated'} ${gitignore}: added ${list(entries)}`,
  unstaged: (files: readonly string[]) => `keyguard: unstaged ${list(files)} (still on disk, untouched)`,
  untracked: (files: readonly string[]) =>
    `keyguard: stopped tracking ${list(files)}: the next commit removes ${files.length === 1 ? 'it' : 'them'} ` +
    "from the repository (your copy stays on disk; others' copies go when they pull, so share it another way)",
  stillNotIgnored: (files: readonly string[]) =>
    `keyguard: warning: .gitignore still does not cover ${list(files)}: ` +
    'a rule in a nested .gitignore or .git/info/exclude re-includes it (a "!" line); change that rule.',
  rotate: (files: readonly string[]) =>
    `Keys in ${list(files)} are already in the history: rotate them (unstaging does not remove past commits).`,
  continues: 'The commit goes on without them. Commit the .gitignore change next.',
  continuesNoGitignore: 'The commit goes on without them.',
  stillBlocked: 'The commit is still blocked by the keys listed above: move them out, stage again, then commit again.',
  nothingLeft: 'Nothing else is staged, so the commit stops here: stage your changes (and .gitignore) and commit again.',
  done: 'Done: they are no longer staged.',
  stillInIndex: (files: readonly string[]) =>
    'A commit of named paths leaves your index as it was: unstage them there too with ' +
    `git rm --cached ${files.map(sh).join(' ')}`,
  redoUnstage: (files: readonly string[]) =>
    'This commit used a temporary index that git now discards: unstage them yourself with ' +
    `git rm --cached ${files.map(sh).join(' ')}`,
};

export const messages = {
  notARepository: 'not inside a git repository: `keyguard scan --staged` reads the git index (run it in a repository, or use `keyguard scan PATH`)',
  failed: (reason: string) => `keyguard: cannot scan: ${reason}`,
  escape: `The commit is blocked because keyguard could not check it. Fix the problem above, or bypass once with: ${BYPASS}`,
  debugHint: 'Set KEYGUARD_DEBUG=1 for details.',
  usage: (problem: string) => `keyguard: ${problem}. Run \`keyguard --help\` for usage.`,

  clean: (files: number) => `keyguard: no secrets found (${files} ${files === 1 ? 'file' : 'files'} scanned).`,
  blockedHeader: (count: number, staged: boolean) =>
    `keyguard: ${count} ${count === 1 ? 'secret' : 'secrets'} found${staged ? ' in staged changes; the commit is blocked' : ''}.`,
  foundHeader: (count: number) => `keyguard: ${count} possible ${count === 1 ? 'secret' : 'secrets'} found.`,
  lowConfidence: 'low confidence: does not block (a test-mode key, or it failed an offline format check)',
  lowOnlyHeader: (count: number) =>
    `keyguard: ${count} low-confidence ${count === 1 ? 'match' : 'matches'} (test-mode keys or failed format checks); nothing blocks.`,

  whyItMatters:
    'Anything committed stays in the history; once pushed, bots find keys in public repositories within minutes.',
  nextSteps: [
    'Move the key out of the code: read it from an environment variable (os.environ["NAME"], process.env.NAME)',
    '  or from a .env file that .gitignore covers, then stage again.',
    'If this key was ever pushed or shared, revoke and rotate it at the provider (see "revoke" above).',
    'Not a secret? Add a `keyguard:allow` comment on that line, or list the path in .keyguardrc.json "allowPaths".',
  ],
  bypass: `Bypass once, if you are sure: ${BYPASS}`,

  secretFiles,

  skippedLarge: (files: string[]) => `keyguard: skipped ${files.length} file(s) larger than 64 MiB: ${files.join(', ')}`,
} as const;
