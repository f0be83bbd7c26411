/** Every sentence keyguard says to a user, in one place. */

const BYPASS = 'git commit --no-verify';
/** The fix command as the user types it: `npx keyguard …` for a local install, `keyguard …` for a global one. */
const fixCommand = (kg: string) => `${kg} scan --staged --fix`;

/**
 * A path as a shell argument: bare when plain, single-quoted otherwise; a name that is not UTF-8 (bytes held as lone
 * surrogates, see fs/path-bytes.ts) in $'…' with \xNN escapes, which bash and zsh read back to the same bytes.
 */
const sh = (path: string) => {
  if (/^[\w./@+-]+$/.test(path)) return path;
  if (!/[\udc80-\udcff]/.test(path)) return `'${path.replace(/'/g, `'\\''`)}'`;
  const escape = (c: string) => {
    const code = c.charCodeAt(0);
    if (code >= 0xdc80 && code <= 0xdcff) return `\\x${(code - 0xdc00).toString(16)}`;
    return c === "'" || c === '\\' ? `\\${c}` : c;
  };
  return `$'${[...path].map(escape).join('')}'`;
};
const list = (items: readonly string[]) => items.join(', ');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Staged secret-bearing files (.env…) and what --fix and the offer say. */
const secretFiles = {
  unknownDefault: (glob: string, defaults: readonly string[]) =>
    `"ignoreSecretFiles" lists "${glob}", which is not a default secret-file pattern (defaults: ${list(defaults)})`,
  fixUnignored: (file: string, entry: string) =>
    `add '${entry}' to .gitignore, then unstage it: git rm --cached ${sh(file)}`,
  fixUntracked: (entry: string) => `add '${entry}' to .gitignore, so that \`git add .\` never commits it`,
  fixForceAdded: (file: string) =>
    `unstage it: git rm --cached ${sh(file)} (.gitignore covers it; it was added with --force)`,
  fixTracked: (file: string, entry: string | null) =>
    `its keys are already in the history: rotate them; then stop tracking it: git rm --cached ${sh(file)}` +
    (entry === null ? '' : ` and add '${entry}' to .gitignore`),
  label: {
    'unignored-secret-file': 'secret-bearing file staged, not covered by .gitignore',
    'force-added-secret-file': 'secret-bearing file staged with --force although .gitignore covers it',
    'tracked-secret-file': 'secret-bearing file already committed and staged again',
    'secret-values-in-committed-file': 'file meant to be committed holds a real-looking secret value',
  } as Record<string, string>,
  fixValues: (file: string, line: number, name: string) => {
    const base = file.slice(file.lastIndexOf('/') + 1);
    const real = /^\.env\.(?:development|test)$/.test(base)
      ? `${base}.local`
      : base === '.env.vault'
        ? '.env'
        : base.replace(/\.(?:example|sample|template|dist)(?=\.|$)/, '');
    return `line ${line} gives ${name} a real-looking value: put a placeholder there (${name}=) and keep the real value in ${real}, which .gitignore covers`;
  },
  header: (files: number, secrets: number) =>
    `keyguard: ${plural(files, 'secret-bearing file', 'secret-bearing files')}` +
    (secrets > 0 ? ` and ${plural(secrets, 'secret', 'secrets')}` : '') +
    ' found in staged changes; the commit is blocked until they are dealt with.',
  pathHeader: (files: number, secrets: number) =>
    `keyguard: ${plural(files, 'secret-bearing file', 'secret-bearing files')}` +
    (secrets > 0 ? ` and ${plural(secrets, 'secret', 'secrets')}` : '') +
    ' found: tracked ones are in the history already, untracked ones would be committed by `git add .`.',
  fixAll: (kg: string) =>
    `Fix the files: ${fixCommand(kg)}  (adds them to .gitignore and unstages them; they stay on disk)`,
  allowOne: (file: string) =>
    `Meant to be committed (a fixture, a public certificate)? Allow that path in .keyguardrc.json: { "allowPaths": [${JSON.stringify(file)}] }, then: git add .keyguardrc.json`,

  question: (toIgnore: readonly string[], toUnstage: readonly string[], tracked: readonly string[]) =>
    (toIgnore.length === 0
      ? `Unstage ${list(toUnstage)} (.gitignore covers ${toUnstage.length === 1 ? 'it' : 'them'})`
      : toIgnore.length === toUnstage.length
        ? `Add ${list(toIgnore)} to .gitignore and unstage ${toUnstage.length === 1 ? 'it' : 'them'}`
        : `Add ${list(toIgnore)} to .gitignore and unstage ${list(toUnstage)}`) +
    (tracked.length === 0 ? '' : ` (${list(tracked)}: stop tracking, the commit removes it from the repository)`),
  declined: (kg: string) => `keyguard: nothing changed; the commit is blocked. Fix it later with: ${fixCommand(kg)}`,
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
  nothingLeft:
    'Nothing else is staged, so the commit stops here: stage your changes (and .gitignore) and commit again.',
  done: (plan: { toUnstage: readonly string[] }) =>
    plan.toUnstage.length > 0 ? 'Done: they are no longer staged.' : 'Done: the keys are out of the staged code.',
  continuesMoved: 'The commit goes on, with the keys read from the environment.',
  amendGoesOn: 'Nothing else is staged: the amend goes on and keeps the commit as it was, without them.',
  notUnstaged: (files: readonly string[]) =>
    `could not unstage ${list(files)}: the index still holds ${files.length === 1 ? 'it' : 'them'} after unstaging; ` +
    `unstage ${files.length === 1 ? 'it' : 'them'} yourself: git rm --cached ${files.map(sh).join(' ')}`,
  stillInIndex: (files: readonly string[]) =>
    'A commit of named paths leaves your index as it was: unstage them there too with ' +
    `git rm --cached ${files.map(sh).join(' ')}`,
  redoUnstage: (files: readonly string[]) =>
    'This commit used a temporary index that git now discards: unstage them yourself with ' +
    `git rm --cached ${files.map(sh).join(' ')}`,
};

const them = (n: number, one: string, many: string) => (n === 1 ? one : many);
const quoted = (files: readonly string[]) => files.map((f) => JSON.stringify(f)).join(', ');

/** Files whose content was not scanned (or only their printable text), and what to do about those that block. */
const skipped = {
  binary: (files: readonly string[]) =>
    `keyguard: ${plural(files.length, 'binary file', 'binary files')}: only ${them(files.length, 'its', 'their')} ` +
    `printable text was checked, for provider key formats: ${list(files)}`,
  symlink: (files: readonly string[]) =>
    `keyguard: ${plural(files.length, 'symbolic link', 'symbolic links')} not followed: ${list(files)} ` +
    '(name a link on the command line to scan what it points to)',
  'too-large': (files: readonly string[]) => `keyguard: not scanned, larger than 64 MiB: ${list(files)}`,
  unreadable: (files: readonly string[]) => `keyguard: not scanned, cannot be read: ${list(files)}`,
  allowLarge: (files: readonly string[]) =>
    `To accept ${them(files.length, 'it', 'them')} unscanned, list ${them(files.length, 'it', 'them')} in ` +
    `.keyguardrc.json: "allowLargeFiles": [${quoted(files)}]`,
  fixUnreadable: 'Make them readable (chmod u+r FILE), or keep them out of the scan with .gitignore.',
  blockedStaged: `The commit is blocked because keyguard could not check these files. Bypass once, if you are sure: ${BYPASS}`,
  failedPaths: 'The scan fails (exit 2) because keyguard could not check these files.',
  /** JSON and SARIF: what each reason means. */
  reason: {
    binary: 'binary: only its printable text was checked, for provider key formats',
    symlink: 'symbolic link, not followed',
    'too-large': 'larger than 64 MiB, not scanned',
    unreadable: 'cannot be read, not scanned',
  },
};

/** The first web address of a remediation hint, or the hint itself. */
const linkOf = (remediation: string) => /https?:\/\/[^\s)]+[^\s).,]/.exec(remediation)?.[0] ?? remediation;

/** Why a key stays in the code (see fix/move-keys.ts), said as the reason the fix left it. */
const keptReasons: Record<string, string> = {
  comment: 'it is in a comment',
  code: 'it is not inside a string literal',
  bytes: 'it is in a bytes literal',
  'tagged-template': 'it is in a tagged template literal, whose tag sees the text',
  'object-key': 'it is used as an object key',
  expression: 'it is inside an expression of a template literal or f-string',
  escapes: 'the text around it has escapes that would change meaning in a template literal or f-string',
  unterminated: 'the string around it does not close on its line',
  multiline: 'it spans several lines',
  absent: 'it could not be found in the staged file',
  language: 'keyguard rewrites JavaScript, TypeScript and Python only',
  'no-name': 'nothing in the code suggests a variable name',
  value: 'it holds characters that .env files read differently',
  worktree: 'your working copy of the file differs from the staged one where the key is',
  'env-tracked': 'its .env file is tracked by git (stop tracking it first: git rm --cached .env)',
};

/** `--fix` moving hardcoded keys into .env, and how to load .env afterwards. */
const moveKeys = {
  lookup: (language: string | null, name: string) =>
    language === 'python' ? `os.environ["${name}"]` : language === null ? `$${name}` : `process.env.${name}`,
  question: (count: number, files: readonly string[], envs: readonly string[], names: readonly string[]) =>
    `move ${plural(count, 'hardcoded key', 'hardcoded keys')} out of ${list(files)} into ${list(envs)} (as ${list(names)})`,
  moved: (where: string, lookup: string) => `  ${where}  now reads ${lookup}`,
  movedHeader: (count: number) =>
    `keyguard: moved ${plural(count, 'key', 'keys')} out of the code (staged and in your working tree):`,
  wroteEnv: (env: string, names: readonly string[], created: boolean) =>
    `keyguard: ${created ? 'created' : 'updated'} ${env}${created ? ' (mode 600)' : ''}: ${list(names)}; .gitignore covers it`,
  wroteExample: (example: string, names: readonly string[]) =>
    `keyguard: added ${names.map((n) => `${n}=`).join(', ')} to ${example} (no values: commit it, so others know what to set)`,
  keptHeader: (count: number) =>
    `keyguard: ${plural(count, 'key', 'keys')} could not be moved safely; move ${count === 1 ? 'it' : 'them'} by hand:`,
  kept: (
    where: string,
    reason: string,
    at: number | null,
    env: string,
    name: string | null,
    lookup: string | null,
    file: string,
  ) =>
    `  ${where}  ${at === null ? '' : `at line ${at}, `}${keptReasons[reason] ?? reason}: ` +
    `put ${name ?? 'NAME'}=<the key> in ${env}, read it with ` +
    `${lookup ?? 'an environment lookup'} instead of the key, then stage it again: git add ${sh(file)}`,
  revoke: (link: string) => `If this key was ever pushed or shared, revoke it first at ${linkOf(link)}`,
  loadJs: (env: string) =>
    `Load ${env} when the program starts: node --env-file=${env} app.js (Node 20.6+), or call process.loadEnvFile() first thing (Node 20.12+).`,
  loadDotenv: (env: string) =>
    `Load ${env} with dotenv (a dependency already), first thing at start-up: import 'dotenv/config'`,
  loadFramework: (framework: string, env: string) =>
    `${framework} loads ${env} by itself for server code (a key that reaches the browser is public: keep it on the server).`,
  loadPython: (env: string) =>
    `Load ${env} with python-dotenv (pip install python-dotenv), first thing at start-up: from dotenv import load_dotenv; load_dotenv()`,
  loadPythonDotenv: (env: string) =>
    `Load ${env} with python-dotenv (a dependency already), first thing at start-up: from dotenv import load_dotenv; load_dotenv()`,
  restage: (files: readonly string[]) =>
    'A commit of named paths leaves your index as it was, with the key still staged: stage the rewritten ' +
    `${files.length === 1 ? 'file' : 'files'} there too: git add ${files.map(sh).join(' ')}`,
  commitNext: (files: readonly string[]) => `Commit ${list(files)} next: git add ${files.map(sh).join(' ')}`,
};

/** Code that prints secrets to logs: warnings, which block only when the configuration says so. */
const logLeaks = {
  label: {
    'log-whole-env': 'prints every environment variable (every key the process holds)',
    'log-secret-value': 'prints a value whose name says it is a secret',
    'shell-trace-secrets': 'traces commands (set -x) in a script that handles secrets: the trace prints their values',
    'ci-prints-env': 'prints the whole environment in CI, where the logs keep every secret the job holds',
  } as Record<string, string>,
  fix: {
    'log-whole-env': 'log only the names you need, never the values of the whole environment',
    'log-secret-value': 'log that the value is set (or its last 4 characters), not the value',
    'shell-trace-secrets': 'turn tracing off around the lines that use secrets (set +x), or drop set -x',
    'ci-prints-env': 'print only the variables you need, by name, and never secrets',
  } as Record<string, string>,
  why: 'Logs are copied to terminals, CI pages, log services and bug reports: a key printed there is a leaked key.',
  header: (count: number) =>
    `keyguard: ${plural(count, 'warning', 'warnings')}: code that prints secrets to logs (does not block the commit).`,
  headerBlocking: (count: number) =>
    `keyguard: ${plural(count, 'warning', 'warnings')}: code that prints secrets to logs; the commit is blocked ("warnings": "block").`,
  allow: 'Not a secret? Add a `keyguard:allow` comment on that line.',
  stillBlocked:
    'The commit is still blocked by the warnings listed above ("warnings": "block"): change those lines, stage again, then commit again.',
};

export const messages = {
  notARepository:
    'not inside a git repository: `keyguard scan --staged` reads the git index (run it in a repository, or use `keyguard scan PATH`)',
  failed: (reason: string) => `keyguard: cannot scan: ${reason}`,
  commandFailed: (command: string, reason: string) => `keyguard ${command}: ${reason}`,
  escape: `The commit is blocked because keyguard could not check it. Fix the problem above, or bypass once with: ${BYPASS}`,
  debugHint: 'Set KEYGUARD_DEBUG=1 for details.',
  usage: (problem: string) => `keyguard: ${problem}. Run \`keyguard --help\` for usage.`,

  init: {
    failed: (reason: string) => `keyguard init: ${reason}`,
    noRepository: (kg: string) =>
      `not inside a git repository: \`${kg} init\` installs a git pre-commit hook (run \`git init\` first, or cd into your repository)`,
    malformed: (reason: string) => `is not valid JSON (${reason}); fix it and run init again; nothing was changed`,
    readOnly: (file: string) =>
      `${file} is read-only: make it writable (chmod u+w ${sh(file)}) and run init again; nothing was changed`,
    gitHookWouldStop: (gitHook: string, huskyHook: string) =>
      `${gitHook} exists and would stop running once husky sets core.hooksPath: move its commands into ${huskyHook} ` +
      `(then delete ${gitHook}) and run init again; nothing was changed`,
    hookEndsEarly: (hook: string, lines: readonly string[]) =>
      `${hook} ends with exit or exec, so lines appended after it would never run; nothing was changed. ` +
      `Add these lines above that line yourself:\n${lines.map((l) => `  ${l}`).join('\n')}`,
    huskyFolder: (dir: string) =>
      `git runs hooks from ${dir}, which husky manages: run init in the folder whose package.json sets husky up; nothing was changed`,
    noLintStaged:
      '--lint-staged: no lint-staged configuration found (package.json "lint-staged", .lintstagedrc*, lint-staged.config.*)',
    lintStagedNotObject: 'must be an object of glob: task(s)',
    lintStagedByHand: (file: string, entry: string, kg: string) =>
      `${file} is not a file keyguard can edit safely, and without an edit keyguard would not run: nothing was changed. ` +
      `Add this entry to it (or the command to an existing "*" list), then run init again:\n  ${entry}\n` +
      `Or let the hook run keyguard itself: ${kg} init --no-lint-staged`,
    configByHand: (file: string, lines: readonly string[]) =>
      `${file} cannot be edited safely (keyguard edits only simple layouts): nothing was changed. ` +
      `Add these lines to it, then run init again:\n${lines.map((l) => `  ${l}`).join('\n')}`,
    noHusky:
      "husky cannot be found (neither in this project nor next to keyguard): run your package manager's install, then init again",
    huskyFailed: (problem: string) => `husky could not set the hooks up: ${problem}`,
    installFailed: (command: string, reason: string) =>
      `\`${command}\` failed: ${reason}; run it yourself, then init again (nothing else was changed)`,
    previousHookTaken: (file: string) =>
      `${file} already exists: keyguard keeps the hook it replaces there; move that file away and run init again`,
    hookNotInstalled: (install: string) =>
      `keyguard: cannot check this commit: keyguard is not installed in this clone (run ${install}). ` +
      'Bypass once: git commit --no-verify',

    installing: (command: string) => `keyguard init: installing: ${command}`,
    headerHusky: (pkg: string, hook: string, major: number) =>
      `keyguard init: ${pkg} found: keyguard runs from ${hook} (husky ${major}).`,
    headerLintStaged: (pkg: string, hook: string) =>
      `keyguard init: ${pkg} uses lint-staged: keyguard runs as its task for every staged file (${hook} runs lint-staged).`,
    headerManager: (pkg: string, manager: string) => `keyguard init: ${pkg} found: keyguard runs from ${manager}.`,
    headerFolder: (folder: string) =>
      `keyguard init: git runs hooks from ${folder} (core.hooksPath): keyguard runs from its pre-commit.`,
    headerPlain: 'keyguard init: no package.json: keyguard runs from a plain git pre-commit hook.',
    addedDeps: (names: string[], command: string) => `added ${names.join(' and ')} to devDependencies (${command})`,
    addedScript: (name: string, script: string, pm: string) =>
      `set script "${name}": "${script}" (sets husky up after every \`${pm} install\`; skipped where husky is not installed)`,
    huskySetUp: (hooksPath: string) => `core.hooksPath set to ${hooksPath} (husky's hooks)`,
    hookCreated: (lines: readonly string[]) => `created, runs: ${lines[lines.length - 1]}`,
    hookAppended: (lines: readonly string[]) =>
      `appended: ${lines[lines.length - 1]} (the lines above still run first)`,
    lintStagedTask: (task: string) => `added the lint-staged task "*": "${task}"`,
    managerTask: (manager: string) => `added keyguard to the pre-commit hook of ${manager}`,
    managerSynced: (command: string) => `ran ${command} (writes the hook into git's hooks folder)`,
    movedHook: (hook: string) => `the hook that was in ${hook}, kept here and still run first`,
    plainHookWritten: (version: string, chained: boolean) =>
      `written: ${chained ? 'runs the previous hook, then ' : 'runs '}keyguard from PATH, ` +
      `else \`npx --yes keyguard@${version}\` (downloaded once; \`npm install -g keyguard\` avoids that)`,
    done: 'Every `git commit` in this repository is now checked by keyguard. Bypass once: git commit --no-verify',
    undo: (kg: string) => `Undo: ${kg} uninstall  (reverses exactly these changes)`,
    nothingChanged: 'keyguard init: already set up; nothing changed.',
    teammates: (install: string) => `Teammates are protected after cloning once they run \`${install}\`.`,
    worktrees: (install: string) =>
      `Each new \`git worktree\` is checked once \`${install}\` has run in it (husky creates its hooks folder there).`,
    husky8:
      'husky 8 found: keyguard uses its layout (.husky, `husky install`); it works unchanged after you move to husky 9.',
    berry: (pkgPrivate: boolean) =>
      'Yarn 2+ runs no "prepare" script: husky is set up from "postinstall", as husky documents.' +
      (pkgPrivate
        ? ''
        : " This package is not private: postinstall would also run for its users; see husky's docs (pinst)."),
    submodules: (paths: readonly string[], kg: string) =>
      `Submodules (${paths.join(', ')}) are repositories of their own: commits inside them are not checked until ` +
      `you run init in each: git submodule foreach '${kg} init'`,
    syncByHand: (command: string) => `Run \`${command}\` so that git's hooks folder gets the new hook.`,
  },

  uninstall: {
    failed: (reason: string) => `keyguard uninstall: ${reason}`,
    noRepository: 'not inside a git repository: run it in the repository where you ran init',
    noRecord: (kg: string, files: readonly string[]) =>
      'there is no record of `init` in this clone (init ran in another clone, or before uninstall existed)' +
      (files.length === 0
        ? ': nothing of keyguard was found either'
        : `; keyguard runs from ${files.join(', ')}: remove the lines that run \`keyguard scan --staged\` there`) +
      ` (${kg} init records what it changes)`,
    header: 'keyguard uninstall: reversed what keyguard init changed:',
    done: 'Nothing of keyguard is left in the hooks: commits are no longer checked.',
    leftOver: 'Left as is (changed since init): change those by hand, then run uninstall again to forget them.',
    gone: 'already gone',
    alreadyGone: (key: string) => `${key} already gone`,
    changedSince: (key: string) => `${key} was changed since init: left as is`,
    restored: (key: string) => `${key} put back as it was before init`,
    linesChanged: "keyguard's lines were changed since init: left as is",
    removedFile: 'removed (init had created it)',
    removedLines: (n: number) => `removed the ${n === 1 ? 'line' : `${n} lines`} init had added`,
    fileChanged: 'changed since init: left as is',
    cannotMoveBack: (to: string) => `exists again, so ${to} was not moved back: left as is`,
    movedBack: (to: string) => `moved back from ${to}`,
    settingChanged: (now: string | null) => `is now ${now === null ? 'unset' : `"${now}"`}: left as is`,
    unset: 'unset again',
    setBack: (value: string) => `set back to "${value}"`,
    removedFolder: 'removed',
    removeFailed: (command: string, reason: string) => `\`${command}\` failed: ${reason}; run it yourself`,
    removedDeps: (command: string) => `ran ${command}`,
    huskyKept: (files: readonly string[]) =>
      `kept, with core.hooksPath, its install script and the husky dependency: ${files.join(', ')} ` +
      `${files.length === 1 ? 'uses' : 'use'} husky still`,
  },

  clean: (files: number, skipped: number) =>
    `keyguard: no secrets found (${plural(files, 'file', 'files')} scanned` +
    (skipped > 0 ? `; ${plural(skipped, 'file', 'files')} not scanned or only in part, listed above).` : ').'),
  unchecked: (files: number) =>
    `keyguard: ${plural(files, 'file', 'files')} scanned without a finding, but the files listed above could not be checked.`,
  blockedHeader: (count: number, staged: boolean) =>
    `keyguard: ${count} ${count === 1 ? 'secret' : 'secrets'} found${staged ? ' in staged changes; the commit is blocked' : ''}.`,
  foundHeader: (count: number) => `keyguard: ${count} possible ${count === 1 ? 'secret' : 'secrets'} found.`,
  lowConfidence: 'low confidence: does not block (a test-mode key, or it failed an offline format check)',
  lowOnlyHeader: (count: number) =>
    `keyguard: ${count} low-confidence ${count === 1 ? 'match' : 'matches'} (test-mode keys or failed format checks); nothing blocks.`,

  whyItMatters:
    'Anything committed stays in the history; once pushed, bots find keys in public repositories within minutes.',
  nextSteps: (kg: string) => [
    'Move the key out of the code: read it from an environment variable (os.environ["NAME"], process.env.NAME)',
    '  or from a .env file that .gitignore covers, then stage again.',
    `  In JavaScript, TypeScript and Python, ${fixCommand(kg)} does it for you (the value goes to .env).`,
    'If this key was ever pushed or shared, revoke and rotate it at the provider (see "revoke" above).',
    'Not a secret? Add a `keyguard:allow` comment on that line, or list the path in .keyguardrc.json "allowPaths".',
    'Committed earlier and accepted on purpose (a test fixture)? `npx keyguard baseline` records committed findings in',
    '  .keyguard-baseline.json; every clone then lets that exact value through, so never accept a live key that way.',
  ],
  bypass: `Bypass once, if you are sure: ${BYPASS}`,

  secretFiles,
  skipped,
  moveKeys,
  logLeaks,

  /** `scan --staged` reads the configuration and the baseline from the index (sources/staged-settings.ts). */
  settings: {
    notStaged: (file: string) =>
      `keyguard: ${file} is not staged, so this commit is checked without it (the hook reads what the commit carries). ` +
      `Stage it to use it: git add ${sh(file)}`,
    unstagedEdits: (file: string) =>
      `keyguard: ${file} has unstaged changes; this commit is checked with its staged copy. ` +
      `Stage them to use them: git add ${sh(file)}`,
  },
  stagedPath: {
    outside: (path: string) =>
      `${path} is outside the repository: \`keyguard scan --staged\` checks the staged files of this repository`,
    missing: (path: string) => `${path}: no such file or folder, and nothing is staged under that name`,
  },
  paths: {
    missing: (path: string) => `${path}: no such file or folder`,
  },
} as const;

/** Problems in .keyguardrc.json or package.json "keyguard" (the file's name is put in front by ConfigError). */
export const configMessages = {
  unknownKey: (key: string, suggestion: string | null, known: readonly string[]) =>
    `unknown key "${key}"${suggestion === null ? '' : `: did you mean "${suggestion}"?`} (known keys: ${list(known)})`,
  unknownRuleKey: (where: string, key: string, suggestion: string | null, known: readonly string[]) =>
    `${where} has an unknown key "${key}"${suggestion === null ? '' : `: did you mean "${suggestion}"?`} ` +
    `(known keys: ${list(known)})`,
} as const;

interface Row {
  file: string;
  line: number;
  rule: string;
  secret: string;
  fingerprint: string;
}

/** `keyguard baseline`, accepted findings, and `keyguard rules`. */
export const baselineMessages = {
  notARepository:
    'not a git repository (or any parent folder): it records accepted findings at the repository root; cd into your repository and run it again',
  scanned: (files: number | null) =>
    files === null
      ? 'keyguard baseline: nothing is committed yet, so there is nothing to accept (it accepts committed content only).'
      : `keyguard baseline: scanned the committed content (HEAD, ${plural(files, 'file', 'files')}).`,
  row: (what: 'accepted' | 'refused', f: Row) =>
    `  ${what.padEnd(8)}  ${f.file}:${f.line}  ${f.rule}  ${f.secret}` +
    (what === 'refused' ? `  (fingerprint ${f.fingerprint})` : ''),
  notScanned: (file: string, reason: keyof typeof skipped.reason) =>
    `  not scanned  ${file}  (${skipped.reason[reason]})`,
  refused: (rows: readonly Row[]) =>
    `Refused ${plural(rows.length, 'finding', 'findings')}: a provider's key or a private key, which the baseline would ` +
    'let through in every clone. Rotate it at the provider (the history still holds it). To accept one anyway (a ' +
    `revoked key kept for a test): npx keyguard baseline --force ${rows[0]?.rule ?? 'RULE'} (every finding of that ` +
    'rule), or --force FINGERPRINT (that finding alone).',
  forceUnknown: (value: string) =>
    `--force ${value} names no finding of the committed content (give a rule id or a fingerprint that keyguard baseline lists as refused)`,
  replacedLegacy: (count: number) =>
    `Replaced the version-1 baseline: its ${plural(count, 'unkeyed entry', 'unkeyed entries')} cannot be carried over; ` +
    'the findings still committed were judged again above.',
  committedOnly:
    'Only committed content (HEAD) is considered: findings in staged or uncommitted changes are not accepted; ' +
    'commit them first, or mark the line with a `keyguard:allow` comment.',
  noFiles:
    'Secret-bearing files (.env, *.pem …) are never accepted by the baseline: add them to .gitignore, or list them ' +
    'in .keyguardrc.json "allowPaths".',
  written: (file: string, total: number, added: number) =>
    `keyguard: ${file} now accepts ${total} ${total === 1 ? 'finding' : 'findings'} (${added} new). ` +
    'Commit it; findings with the same rule and secret will not block again, wherever they move.',
  skipped: (count: number) =>
    `keyguard: ${count} accepted ${count === 1 ? 'finding' : 'findings'} skipped (.keyguard-baseline.json).`,
  outdated:
    'keyguard: .keyguard-baseline.json holds unkeyed fingerprints (version 1), which can be reversed for short ' +
    'secrets; it still applies. Regenerate it, then commit it: npx keyguard baseline',
  rulesFormat: '`keyguard rules` prints text or json, not sarif',
} as const;

const short = (commit: string) => commit.slice(0, 12);

/** `scan --history`, `scan --pre-push`, and what they tell to do about a key in a commit. */
export const historyMessages = {
  header: (keys: number, commits: number) =>
    `keyguard: ${plural(keys, 'key', 'keys')} found in the history (${plural(commits, 'commit', 'commits')} scanned).`,
  prePushHeader: (keys: number, commits: number) =>
    `keyguard: push refused: ${plural(keys, 'key', 'keys')} in the ${plural(commits, 'commit', 'commits')} being pushed.`,
  clean: (commits: number) => `keyguard: no secrets found in ${plural(commits, 'commit', 'commits')}.`,
  introduced: (commit: string, date: string, author: string, where: string) =>
    `introduced in ${short(commit)} (${date.slice(0, 10)}, ${author}) at ${where}`,
  presentNow: (file: string) => `still in HEAD: ${file}`,
  goneNow: 'no longer in HEAD, but every clone of the history still holds it',
  pushed: (branch: string | undefined, date: string, url: string) =>
    `pushed${branch === undefined ? '' : ` to ${branch}`} (committed ${date.slice(0, 10)}): ` +
    `revoke it now at ${url} (deleting it is not enough)`,
  local: 'only local: rewrite before pushing (nothing below runs by itself):',
  rebase: (commit: string, root: boolean) => [
    `git rebase -i ${root ? '--root' : `${short(commit)}^`}`,
    `#   mark ${short(commit)} "edit", remove the key from the file, then: git commit --amend -a && git rebase --continue`,
  ],
  filterRepo: (rule: string) => [
    `# or everywhere at once: put the key on one line of a file outside the repository, then`,
    `git filter-repo --replace-text ../keyguard-replacements.txt   # the line: <the ${rule} value>==>REMOVED`,
  ],
  checklist: [
    'Checklist for every key above:',
    '  1. Revoke it at the provider (the link above); deleting it from the code is not enough once pushed.',
    '  2. Create a new key.',
    '  3. Update it where the app reads it: its environment variables, .env (covered by .gitignore), or secrets manager.',
    "  4. Check the provider's usage page for calls you did not make since the commit date.",
    '  5. Scan your other repositories too: npx keyguard scan --history',
  ],
  prePushBypass: 'Push anyway, if you are sure (the keys are revoked, or not secrets): git push --no-verify',
  prePushFailed: (reason: string) =>
    `keyguard: the push is blocked: ${reason}. Bypass once, if you must: git push --no-verify`,
  badStdin: (line: string) => `unexpected pre-push input line "${line.slice(0, 60)}" (git passes four fields per ref)`,
  badRev: (rev: string) =>
    `"${rev}" is not a revision range keyguard passes to git (use ranges such as origin/main..HEAD, or --all, --branches, --remotes, --tags, --not)`,
  progress: (done: number, total: number | null, rate: number) =>
    `keyguard: ${done}${total === null ? '' : `/${total}`} commits (${Math.round(rate)}/s)`,
} as const;

/** `keyguard doctor`. */
export const doctorMessages = {
  notARepository: 'not a git repository (or any parent folder): cd into your repository and run it again',
  missingFolder: (setting: string) =>
    `core.hooksPath points at ${setting}, which does not exist: git runs no hook at all`,
  noHookDefault: (file: string) => `no pre-commit hook: git looks for ${file} and finds nothing`,
  noHookInFolder: (setting: string, file: string) =>
    `core.hooksPath points at ${setting}, which has no pre-commit hook (${file}): keyguard's hook, if any, is elsewhere`,
  notExecutable: (file: string) => `${file} is not executable: git skips it without a word`,
  crlf: (file: string) => `${file} has CRLF line ends: sh fails on them`,
  runsKeyguard: (file: string) => `${file} runs keyguard`,
  noKeyguard: (file: string) => `${file} does not run keyguard`,
  noHusky: "the hook is husky's, but husky is not installed (node_modules/husky)",
  noKeyguardBin: 'keyguard is not found from the hook (neither node_modules/.bin nor PATH)',
  noNode: 'node is not on the PATH the hook gets (a GUI git client may start hooks with a short PATH)',
  nodeFix: 'see https://typicode.github.io/husky/how-to.html#node-version-managers-and-guis',
  node: (path: string, version: string) => `${path} (this run: ${version})`,
  blocked: 'the real hook ran against a canary key in a temporary index and blocked it',
  notBlocked: (status: number | null, line: string) =>
    `the hook ran (exit ${status}) but did not block a canary key${line === '' ? '' : `: "${line.slice(0, 100)}"`}`,
  notStarted: (error: string) => `the hook could not be started (${error})`,
  prePush: (file: string) => `${file} runs keyguard scan --pre-push: what is pushed is checked too`,
  noPrePush: (init: string) =>
    `no pre-push hook runs keyguard: --no-verify commits and rebases reach the remote unchecked (${init} adds it)`,
  fires: 'keyguard doctor: hook fires.',
  failed: (step: string, detail: string, fix: string | undefined) =>
    `keyguard doctor: the hook does not fire: ${step}: ${detail}.` + (fix === undefined ? '' : `\nFix: ${fix}`),
} as const;
