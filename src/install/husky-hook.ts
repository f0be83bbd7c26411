import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { posixRelative } from '../fs/posix-path.js';
import { pathToFileURL } from 'node:url';
import { KeyguardError } from '../errors.js';
import { messages } from '../messages.js';
import { spawnCommand } from './spawn.js';
import { appendLine } from '../fs/text-style.js';

export const HOOK_COMMAND = 'keyguard scan --staged';

/** Where husky lives for a package at `pkgDir` (relative paths are from the repository root, with /). */
export interface HuskyLayout {
  /** '' at the root, else the package folder, e.g. 'frontend'. */
  pkgRel: string;
  huskyDir: string;
  prepare: string;
  /** A hook line running `command` where the package's node_modules/.bin is on PATH. */
  line: (command: string) => string;
}

export function huskyLayout(root: string, pkgDir: string): HuskyLayout {
  const pkgRel = posixRelative(root, pkgDir);
  if (pkgRel === '') return { pkgRel, huskyDir: '.husky', prepare: 'husky', line: (command) => command };
  const up = pkgRel
    .split('/')
    .map(() => '..')
    .join('/');
  return {
    pkgRel,
    huskyDir: `${pkgRel}/.husky`,
    // husky's documented set-up for a package below the repository root
    prepare: `cd ${up} && husky ${pkgRel}/.husky`,
    // git runs hooks at the root; husky puts the relative node_modules/.bin on PATH, so run from the package
    line: (command) => `(cd "$(git rev-parse --show-toplevel)/${pkgRel}" && ${command})`,
  };
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

/** core.hooksPath already points at husky's hooks for this layout (husky 9: .husky/_, husky 8: .husky). */
export function isHuskyHooksPath(root: string, setting: string, layout: HuskyLayout): boolean {
  const value = resolve(root, normalise(setting));
  return value === resolve(root, layout.huskyDir, '_') || value === resolve(root, layout.huskyDir);
}

export function huskyReady(root: string, setting: string | null, layout: HuskyLayout): boolean {
  return (
    setting !== null &&
    normalise(setting) === `${layout.huskyDir}/_` &&
    existsSync(join(root, layout.huskyDir, '_', 'h'))
  );
}

/** The husky that `prepare` will run later (the project's), else the one keyguard depends on. */
export function resolveHusky(pkgDir: string, keyguardRoot: string): string {
  for (const from of [pkgDir, keyguardRoot]) {
    try {
      return createRequire(join(from, 'package.json')).resolve('husky');
    } catch {
      // not installed there
    }
  }
  throw new KeyguardError(messages.init.noHusky);
}

const CALL_HUSKY =
  'const [u, d] = process.argv.slice(1); const h = (await import(u)).default; process.stdout.write(String(h(d) ?? ""));';

/**
 * Set husky up through its API (never `husky init`, which overwrites .husky/pre-commit). husky works on the
 * current directory and reports failure as a returned string, so it runs in its own process at the root.
 */
export function setUpHusky(root: string, huskyIndex: string, huskyDir: string): void {
  const env = { ...process.env };
  delete env.HUSKY; // HUSKY=0 would make husky skip silently
  const url = pathToFileURL(huskyIndex).href;
  const result = spawnCommand(
    [process.execPath, '--input-type=module', '-e', CALL_HUSKY, url, huskyDir],
    root,
    env,
    false,
  );
  const problem = result.ok ? result.stdout.trim() : result.reason;
  if (problem !== '') throw new KeyguardError(messages.init.huskyFailed(problem));
}

export interface HookEdit {
  path: string;
  before: string | null;
  after: string;
}

/** The pre-commit file with `line` added, or null when a line already runs `needle`. */
export function planHookLine(path: string, line: string, needle: string): HookEdit | null {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before !== null && before.includes(needle)) return null;
  return { path, before, after: appendLine(before ?? '', line) };
}
