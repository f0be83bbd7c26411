export const HELP = `keyguard: stop API keys and secret files from reaching git.

Usage:
  keyguard init [--yes] [--lint-staged | --no-lint-staged]   wire the pre-commit hook into this project
  keyguard uninstall                                         reverse exactly what init changed
  keyguard scan --staged [FILE...] [--fix] [--format F]      scan what is about to be committed (the hook)
  keyguard scan [PATH...] [--format F]                       scan files and folders, honouring .gitignore
  keyguard rules [--format json]                             list every rule and where to revoke its keys
  keyguard baseline [--force RULE|FINGERPRINT]               accept committed findings (.keyguard-baseline.json)
  keyguard --help | --version

Options:
  --staged          read the git index (only added lines), not the working tree
  --fix             add staged secret files to .gitignore and unstage them (they stay on disk); move hardcoded
                    keys in JavaScript, TypeScript and Python into .env, the code reading them from the environment
  --verbose         say so when a commit passes (a passing hook prints nothing; also KEYGUARD_VERBOSE=1)
  --format F        text (default), json or sarif
  --yes             accepted by init for scripts; init never asks (it shows what it changed and how to undo it)
  --force R         baseline: accept provider keys of rule R (or the one finding with fingerprint R) too

Exit codes: 0 nothing found, 1 findings (the commit is blocked), 2 usage, configuration or runtime error, or a
file that could not be checked (listed in the report).
Allowlist a line with a \`keyguard:allow\` comment; configure paths and rules in .keyguardrc.json.
Bypass the hook once: git commit --no-verify (HUSKY=0 turns every husky hook off, silently)
`;
