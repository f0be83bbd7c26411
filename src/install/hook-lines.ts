import { messages } from '../messages.js';
import { quote } from './shell-quote.js';

/** The scan a pre-commit hook runs. */
const SCAN = 'scan --staged';
export const HOOK_COMMAND = `keyguard ${SCAN}`;

/** The scan a pre-push hook runs: the commits being pushed, which git lists on its standard input. */
export const PUSH_SCAN = 'scan --pre-push';

/** A pre-push hook file already runs keyguard. */
export const runsPushScan = (text: string): boolean => text.includes(PUSH_SCAN) && text.includes('keyguard');

/** A hook file already runs keyguard (any of the forms below). */
export const runsKeyguard = (text: string): boolean => text.includes(SCAN) && text.includes('keyguard');

/** Fail closed, in one line, when the install that puts keyguard there is missing (exit 2, never sh's 127). */
const missing = (install: string) => `{ echo "${messages.init.hookNotInstalled(install)}" >&2; exit 2; }`;

/**
 * husky 9 puts the package's node_modules/.bin on PATH (relative to where the hook runs), so the line needs no npx.
 * A package below the root runs from its folder, in a subshell; Yarn Plug'n'Play has no .bin: yarn runs keyguard.
 */
export function huskyLines(pkgRel: string, install: string, pnp: boolean, scan = SCAN): string[] {
  const check = `command -v keyguard >/dev/null || ${missing(install)}`;
  const command = `keyguard ${scan}`;
  const run = pnp ? `yarn ${command}` : command;
  if (pkgRel === '') return pnp ? [run] : [check, run];
  return [inPackage(pkgRel, pnp ? run : `{ ${check}; } && ${run}`)];
}

/** A command run from the package's folder (git runs hooks at the root), in a subshell; the folder quoted. */
export function inPackage(pkgRel: string, command: string): string {
  return pkgRel === '' ? command : `(cd "$(git rev-parse --show-toplevel)"/${quote(pkgRel)} && ${command})`;
}

/**
 * For hook runners that do not put node_modules/.bin on PATH (husky 8, lefthook, simple-git-hooks, a team
 * core.hooksPath folder): the package's own bin, by its path from the repository root (where git runs hooks).
 * `|| exit $?` keeps a block in a hook that does not stop at the first failure (no `set -e`).
 */
export function localBinLines(pkgRel: string, install: string, scan = SCAN): string[] {
  const bin = quote(pkgRel === '' ? 'node_modules/.bin/keyguard' : `${pkgRel}/node_modules/.bin/keyguard`);
  return [`[ -x ${bin} ] || ${missing(install)}`, `${bin} ${scan} || exit $?`];
}

/** A repository without package.json: keyguard from PATH, else the pinned version through npx. */
export function pathOrNpxLines(version: string): string[] {
  return [
    `if command -v keyguard >/dev/null 2>&1; then keyguard ${SCAN} || exit $?; ` +
      `else npx --yes keyguard@${version} ${SCAN} || exit $?; fi`,
  ];
}

const bare = (line: string) => line.replace(/\r$/, '');

/** `text` with `lines` appended, in the file's line ending (a missing final newline is added first). */
export function appendLines(text: string, lines: readonly string[]): string {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const head = text === '' || text.endsWith('\n') ? text : `${text}${eol}`;
  return `${head}${lines.map((l) => `${l}${eol}`).join('')}`;
}

/** `text` without the first run of exactly `lines` (line endings aside), or null when it is not there. */
export function removeLines(text: string, lines: readonly string[]): string | null {
  const all = text.split('\n');
  for (let i = 0; i + lines.length <= all.length; i++) {
    if (lines.every((line, j) => bare(all[i + j]!) === line)) {
      all.splice(i, lines.length);
      return all.join('\n');
    }
  }
  return null;
}
