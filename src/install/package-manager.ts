import { existsSync } from 'node:fs';
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

/**
 * The project's package manager, told apart by its lockfile in the package folder or above it up to the
 * repository root (workspaces keep it at the top); then the "packageManager" field; else npm.
 */
export function detectPackageManager(pkgDir: string, root: string, packageManagerField?: unknown): PackageManager {
  for (let dir = pkgDir; ; dir = dirname(dir)) {
    for (const [file, pm] of LOCKFILES) if (existsSync(join(dir, file))) return pm;
    if (dir === root || dirname(dir) === dir) break;
  }
  const named = typeof packageManagerField === 'string' ? packageManagerField.split('@')[0] : '';
  return named === 'pnpm' || named === 'yarn' || named === 'bun' ? named : 'npm';
}

/** The command that adds development dependencies. */
export function addDevCommand(pm: PackageManager, specs: string[]): string[] {
  switch (pm) {
    case 'npm':
      return ['npm', 'install', '--save-dev', ...specs];
    case 'bun':
      return ['bun', 'add', '--dev', ...specs];
    default:
      return [pm, 'add', '--dev', ...specs];
  }
}

/** The command that removes dependencies again (for the undo line). */
export function removeCommand(pm: PackageManager, names: string[]): string[] {
  return pm === 'npm' ? ['npm', 'uninstall', ...names] : [pm, 'remove', ...names];
}
