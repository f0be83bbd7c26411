/** Every sentence keyguard says to a user, in one place. */

export const BYPASS = 'git commit --no-verify';

export const messages = {
  notARepository: 'not inside a git repository: `keyguard scan --staged` reads the git index (run it in a repository, or use `keyguard scan PATH`)',
  failed: (reason: string) => `keyguard: cannot scan: ${reason}`,
  escape: `The commit is blocked because keyguard could not check it. Fix the problem above, or bypass once with: ${BYPASS}`,
  debugHint: 'Set KEYGUARD_DEBUG=1 for details.',
  usage: (problem: string) => `keyguard: ${problem}. Run \`keyguard --help\` for usage.`,

  init: {
    failed: (reason: string) => `keyguard init: ${reason}`,
    noRepository:
      'not inside a git repository: `keyguard init` installs a git pre-commit hook (run `git init` first, or cd into your repository)',
    malformed: (reason: string) => `is not valid JSON (${reason}); fix it and run \`keyguard init\` again`,
    readOnly: (file: string) => `${file} is read-only: make it writable (chmod u+w ${file}) and run \`keyguard init\` again; nothing was changed`,
    foreignHooksPath: (setting: string, huskyDir: string) =>
      `core.hooksPath is set to "${setting}", so git runs hooks from there and husky's hooks (${huskyDir}/_) would never run; ` +
      `either add \`keyguard scan --staged\` to ${setting}/pre-commit yourself, or remove the setting (git config --unset core.hooksPath) and run \`keyguard init\` again; nothing was changed`,
    gitHookWouldStop: (gitHook: string, huskyHook: string) =>
      `${gitHook} exists and would stop running once husky sets core.hooksPath: move its commands into ${huskyHook} ` +
      `(then delete ${gitHook}) and run \`keyguard init\` again; nothing was changed`,
    hookEndsEarly: (hook: string, line: string) =>
      `${hook} ends with exit or exec, so a line appended after it would never run: add \`${line}\` above that line yourself; nothing was changed`,
    huskyFolder: (dir: string) =>
      `git runs hooks from ${dir}, which husky manages: run \`keyguard init\` in the folder whose package.json sets husky up; nothing was changed`,
    worktreeNote:
      'Note: this is a linked worktree, and core.hooksPath is shared by every worktree of the repository: run your install (or `keyguard init`) in each of them so that husky\'s hooks exist there too.',
    noLintStaged: '--lint-staged: no lint-staged configuration found (package.json "lint-staged", .lintstagedrc*, lint-staged.config.*)',
    lintStagedNotObject: 'must be an object of glob: task(s)',
    noHusky: 'husky cannot be found (neither in this project nor next to keyguard): run your package manager\'s install, then `keyguard init` again',
    huskyFailed: (problem: string) => `husky could not set the hooks up: ${problem}`,
    installFailed: (command: string, reason: string) =>
      `\`${command}\` failed: ${reason}; run it yourself, then \`keyguard init\` again (nothing else was changed)`,
    previousHookTaken: (file: string) =>
      `${file} already exists: keyguard keeps the hook it replaces there; move that file away and run \`keyguard init\` again`,

    installing: (command: string) => `keyguard init: installing: ${command}`,
    headerHusky: (pkg: string, hook: string) => `keyguard init: ${pkg} found: keyguard runs from ${hook} (husky).`,
    headerLintStaged: (pkg: string, hook: string) =>
      `keyguard init: ${pkg} uses lint-staged: keyguard runs as its task for every staged file (${hook} runs lint-staged).`,
    headerPlain: 'keyguard init: no package.json: keyguard runs from a plain git pre-commit hook.',
    addedDeps: (names: string[], command: string) => `added ${names.join(' and ')} to devDependencies (${command})`,
    addedPrepare: (script: string) => `set script "prepare": "${script}" (sets husky up after every install)`,
    huskySetUp: (hooksPath: string) => `core.hooksPath set to ${hooksPath} (husky's hooks)`,
    hookCreated: (line: string) => `created, runs: ${line}`,
    hookAppended: (line: string) => `appended: ${line} (the lines above still run first)`,
    lintStagedTask: (task: string) => `added the lint-staged task "*": "${task}"`,
    movedHook: (hook: string) => `the hook that was in ${hook}, kept here and still run first`,
    plainHookWritten: (version: string, chained: boolean) =>
      `written: ${chained ? 'runs the previous hook, then ' : 'runs '}keyguard from node_modules/.bin, else from PATH, ` +
      `else \`npx --yes keyguard@${version}\` (downloaded once; \`npm install -g keyguard\` avoids that)`,
    manualStep: (file: string, entry: string) =>
      `One step left: keyguard does not edit ${file}; add this entry to its configuration (or the command to an existing "*" list):\n  ${entry}`,
    done: 'Every `git commit` in this repository is now checked by keyguard. Bypass once: git commit --no-verify',
    undo: (command: string, root: string | null) => `Undo${root === null ? '' : ` (from the repository root, ${root})`}: ${command}`,
    nothingChanged: 'keyguard init: already set up; nothing changed.',
  },

  clean: (files: number) => `keyguard: no secrets found (${files} ${files === 1 ? 'file' : 'files'} scanned).`,
  blockedHeader: (count: number, staged: boolean) =>
    `keyguard: ${count} ${count === 1 ? 'secret' : 'secrets'} found${staged ? ' in staged changes; the commit is blocked' : ''}.`,
  foundHeader: (count: number) => `keyguard: ${count} possible ${count === 1 ? 'secret' : 'secrets'} found.`,
  lowConfidence: 'low confidence (failed its offline format check; does not block)',

  whyItMatters:
    'Anything committed stays in the history; once pushed, bots find keys in public repositories within minutes.',
  nextSteps: [
    'Move the key out of the code: read it from an environment variable (os.environ["NAME"], process.env.NAME)',
    '  or from a .env file that .gitignore covers, then stage again.',
    'If this key was ever pushed or shared, revoke and rotate it at the provider (see "revoke" above).',
    'Not a secret? Add a `keyguard:allow` comment on that line, or list the path in .keyguardrc.json "allowPaths".',
  ],
  bypass: `Bypass once, if you are sure: ${BYPASS}`,

  skippedLarge: (files: string[]) => `keyguard: skipped ${files.length} file(s) larger than 64 MiB: ${files.join(', ')}`,
} as const;
