import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The package.json init works with: the repository root's when there is one (husky and `prepare` belong where
 * dependencies are installed for the whole repository), else the nearest one from `cwd` up to the root.
 * null: not an npm project (init then writes a plain git hook).
 */
export function findPackageDir(root: string, cwd: string): string | null {
  if (existsSync(join(root, 'package.json'))) return root;
  if (relative(root, cwd).startsWith('..')) return null;
  for (let dir = cwd; dir !== root && dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return null;
}
