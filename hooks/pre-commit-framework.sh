#!/bin/sh
# keyguard for the pre-commit framework (language: script): runs from the framework's checkout of this repository,
# which has no build and no dependencies, so nothing is built or installed at install time. keyguard comes from
# PATH (npm install -g keyguard, or the project's node_modules/.bin), else from `npx --yes keyguard@VERSION`, the
# version of this checkout (downloaded once into npm's cache). The staged files pre-commit passes are scanned
# from the index. Bypass once: git commit --no-verify
if command -v keyguard >/dev/null 2>&1; then
  exec keyguard scan --staged "$@"
fi
if [ -x node_modules/.bin/keyguard ] && [ -f package.json ] && grep -q '"keyguard"' package.json; then
  exec node_modules/.bin/keyguard scan --staged "$@"
fi
version=$(sed -n 's/^  "version": "\([^"]*\)",*$/\1/p' "$(dirname "$0")/../package.json")
if command -v npx >/dev/null 2>&1 && [ -n "$version" ]; then
  exec npx --yes "keyguard@$version" scan --staged "$@"
fi
echo "keyguard: cannot check this commit: neither keyguard nor npx (Node.js) is on PATH." >&2
echo "Install Node.js or keyguard (npm install -g keyguard), or bypass once: git commit --no-verify" >&2
exit 2
