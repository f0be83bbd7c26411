export const HELP = `keyguard: stop API keys and secret files from reaching git.

Usage:
  keyguard init [--yes] [--lint-staged | --no-lint-staged]   wire the pre-commit and pre-push hooks into this project
  keyguard uninstall                                         reverse exactly what init changed
  keyguard scan --staged [FILE...] [--fix] [--format F]      scan what is about to be committed (the hook)
  keyguard scan [PATH...] [--format F]                       scan files and folders, honouring .gitignore
  keyguard scan --history [REVS...] [--since DATE] [--format F]
                                                             every commit's added lines (default: all refs), each
                                                             key once at the commit that added it, pushed or not
  keyguard scan --pre-push                                   the commits a push sends (the pre-push hook; git's stdin)
  keyguard doctor                                            prove the pre-commit hook fires (canary, temporary index)
  keyguard rules [--format json]                             list every rule and where to revoke its keys
  keyguard baseline [--force RULE|FINGERPRINT]               accept committed findings (.keyguard-baseline.json)
  keyguard --help | --version

Options:
  --staged          read the git index (only added lines), not the working tree
  --fix             add staged secret files to .gitignore and unstage them (they stay on disk); move hardcoded
                    keys in JavaScript, TypeScript and Python into .env, the code reading them from the environment
  --verbose         say so when a commit passes (a passing hook prints nothing; also KEYGUARD_VERBOSE=1)
  --format F        text (default), json or sarif
  --history         REVS as git takes them (origin/main..HEAD, --branches, --not …); CI: BASE..HEAD --format sarif
  --since DATE      history: only commits after DATE (2024-01-01, "3 months ago")
  --yes             accepted by init for scripts; init never asks (it shows what it changed and how to undo it)
  --force R         baseline: accept provider keys of rule R (or the one finding with fingerprint R) too

Exit codes: 0 nothing found, 1 findings (the commit is blocked), 2 usage, configuration or runtime error, or a
file that could not be checked (listed in the report).
Allowlist a line with a \`keyguard:allow\` comment; configure paths and rules in .keyguardrc.json.
Bypass the hook once: git commit --no-verify (HUSKY=0 turns every husky hook off, silently)
`;
