import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

const LOCKFILES: [string, PackageManager][] = [
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
];

/** The folders from `pkgDir` up to the repository root (workspaces keep their lockfile at the top). */
function upToRoot(pkgDir: string, root: string): string[] {
  const dirs: string[] = [];
  for (let dir = pkgDir; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === root || dirname(dir) === dir) return dirs;
  }
}

/** The project's package manager: its lockfile, then the "packageManager" field; else npm. */
export function detectPackageManager(pkgDir: string, root: string, packageManagerField?: unknown): PackageManager {
  for (const dir of upToRoot(pkgDir, root)) {
    for (const [file, pm] of LOCKFILES) if (existsSync(join(dir, file))) return pm;
  }
  const named = typeof packageManagerField === 'string' ? packageManagerField.split('@')[0] : '';
  return named === 'pnpm' || named === 'yarn' || named === 'bun' ? named : 'npm';
}

/**
 * Yarn 2 and later ("Berry"): a .yarnrc.yml, a Berry lockfile (`__metadata:`), or "packageManager": "yarn@2+".
 * Berry does not run `prepare` on install.
 */
export function isYarnBerry(pkgDir: string, root: string, packageManagerField?: unknown): boolean {
  for (const dir of upToRoot(pkgDir, root)) {
    if (existsSync(join(dir, '.yarnrc.yml'))) return true;
    try {
      if (readFileSync(join(dir, 'yarn.lock'), 'utf8').includes('__metadata:')) return true;
    } catch {
      // no lockfile here
    }
  }
  return typeof packageManagerField === 'string' && /^yarn@([2-9]|\d\d)/.test(packageManagerField);
}

/** The command that adds development dependencies (pnpm 9 and 10 reject `--dev`; -D is every manager's). */
export function addDevCommand(pm: PackageManager, specs: string[]): string[] {
  return pm === 'npm' ? ['npm', 'install', '--save-dev', ...specs] : [pm, 'add', '-D', ...specs];
}

/** The command that removes dependencies again. */
export function removeCommand(pm: PackageManager, names: string[]): string[] {
  return pm === 'npm' ? ['npm', 'uninstall', ...names] : [pm, 'remove', ...names];
}

/** What a teammate runs after cloning. */
export function installCommand(pm: PackageManager): string {
  return `${pm} install`;
}
