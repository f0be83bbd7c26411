/** Every sentence keyguard says to a user, in one place. */

export const BYPASS = 'git commit --no-verify';

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

/** `keyguard baseline`, accepted findings, and `keyguard rules`. */
export const baselineMessages = {
  notARepository: 'not inside a git repository: `keyguard baseline` records accepted findings at the repository root',
  written: (file: string, total: number, added: number) =>
    `keyguard: ${file} now accepts ${total} ${total === 1 ? 'finding' : 'findings'} (${added} new). ` +
    'Commit it; findings with the same rule and secret will not block again, wherever they move.',
  skipped: (count: number) =>
    `keyguard: ${count} accepted ${count === 1 ? 'finding' : 'findings'} skipped (.keyguard-baseline.json).`,
  rulesFormat: 'keyguard rules prints text or json',
} as const;
