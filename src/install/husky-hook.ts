import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KeyguardError } from '../errors.js';
import { posixRelative } from '../fs/posix-path.js';
import { messages } from '../messages.js';
import { quote } from './shell-quote.js';
import { spawnCommand } from './spawn.js';

/** The husky a project runs: where it is and its major version (8 keeps hooks in .husky, 9 in .husky/_). */
export interface Husky {
  index: string;
  major: number;
}

/** Where husky lives for a package at `pkgDir` (relative paths are from the repository root, with /). */
export interface HuskyLayout {
  /** '' at the root, else the package folder, e.g. 'frontend'. */
  pkgRel: string;
  huskyDir: string;
  /** The value husky gives core.hooksPath. */
  hooksPath: string;
  /** The install-time command that sets husky up again (for the prepare or postinstall script). */
  setup: string;
}

/**
 * husky's documented set-up, for the project's husky version; `|| true` is husky's documented form for installs
 * without development dependencies (`npm ci --omit=dev`), where husky is absent.
 */
export function huskyLayout(root: string, pkgDir: string, major: number): HuskyLayout {
  const pkgRel = posixRelative(root, pkgDir);
  const huskyDir = pkgRel === '' ? '.husky' : `${pkgRel}/.husky`;
  const hooksPath = major >= 9 ? `${huskyDir}/_` : huskyDir;
  const command = major >= 9 ? 'husky' : 'husky install';
  if (pkgRel === '') return { pkgRel, huskyDir, hooksPath, setup: `${command} || true` };
  const up = pkgRel
    .split('/')
    .map(() => '..')
    .join('/');
  // husky's documented set-up for a package below the repository root; the folder quoted for the shell
  return { pkgRel, huskyDir, hooksPath, setup: `cd ${up} && ${command} ${quote(`${pkgRel}/.husky`)} || true` };
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

/** core.hooksPath already points at husky's hooks for this folder (husky 9: .husky/_, husky 8: .husky). */
export function isHuskyHooksPath(root: string, setting: string, huskyDir: string): boolean {
  const value = resolve(root, normalise(setting));
  return value === resolve(root, huskyDir, '_') || value === resolve(root, huskyDir);
}

/** husky is set up in this clone: the setting is husky's and the files it generates are there. */
export function huskyReady(root: string, setting: string | null, layout: HuskyLayout): boolean {
  if (setting === null || normalise(setting) !== layout.hooksPath) return false;
  return existsSync(join(root, layout.huskyDir, '_', layout.hooksPath.endsWith('/_') ? 'h' : 'husky.sh'));
}

/** The husky that the install script will run (the project's), else the one keyguard depends on. */
export function resolveHusky(pkgDir: string, keyguardRoot: string): Husky {
  for (const from of [pkgDir, keyguardRoot]) {
    try {
      const index = createRequire(join(from, 'package.json')).resolve('husky');
      return { index, major: huskyMajor(index) };
    } catch {
      // not installed there
    }
  }
  throw new KeyguardError(messages.init.noHusky);
}

function huskyMajor(index: string): number {
  for (let dir = dirname(index); dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'husky') return Number.parseInt(pkg.version ?? '9', 10);
    } catch {
      // keep climbing
    }
  }
  return 9;
}

// husky 9 returns a problem as a string; husky 8's install() throws (its message is the reason).
const CALL_HUSKY_9 =
  'const [u, d] = process.argv.slice(1); const h = (await import(u)).default; process.stdout.write(String(h(d) ?? ""));';
const CALL_HUSKY_8 =
  'const [u, d] = process.argv.slice(1); const { createRequire } = await import("node:module");' +
  ' const { fileURLToPath } = await import("node:url"); const p = fileURLToPath(u);' +
  ' try { createRequire(p)(p).install(d); }' +
  ' catch (e) { process.stdout.write(String(e && e.message || e)); }';

/**
 * Set husky up through its API (never `husky init`, which overwrites .husky/pre-commit). husky works on the
 * current directory and reports failure as a returned string (9) or an exception (8), so it runs in its own
 * process at the root and only its one-line reason comes back.
 */
export function setUpHusky(root: string, husky: Husky, huskyDir: string): void {
  const env = { ...process.env };
  delete env.HUSKY; // HUSKY=0 would make husky skip silently
  const url = pathToFileURL(husky.index).href;
  const code = husky.major >= 9 ? CALL_HUSKY_9 : CALL_HUSKY_8;
  const result = spawnCommand([process.execPath, '--input-type=module', '-e', code, url, huskyDir], root, env, false);
  const problem = result.ok ? result.stdout.replace(/^husky - Git hooks installed\s*$/m, '').trim() : result.reason;
  if (problem !== '') throw new KeyguardError(messages.init.huskyFailed(problem.split('\n')[0]!));
}

/** husky 8 runs hook files itself as scripts: a new one needs its header (and the executable bit). */
export const HUSKY_8_HEADER = ['#!/usr/bin/env sh', '. "$(dirname -- "$0")/_/husky.sh"', ''];
