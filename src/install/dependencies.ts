import { KeyguardError } from '../errors.js';
import { posixRelative } from '../fs/posix-path.js';
import { messages } from '../messages.js';
import type { Applied } from './change.js';
import { dependencyNames, type Json } from './package-json.js';
import { addDevCommand, type PackageManager } from './package-manager.js';
import { keyguardPackage } from './package-root.js';
import { spawnCommand } from './spawn.js';

/** The packages the hook needs that package.json does not list yet: keyguard pinned to this version, husky if used. */
export function missingDependencies(pkg: Json, husky: boolean): string[] {
  const names = dependencyNames(pkg);
  const missing: string[] = [];
  if (husky && !names.has('husky')) missing.push('husky');
  if (!names.has('keyguard')) missing.push(`keyguard@${keyguardPackage().version}`);
  return missing;
}

export interface InstallContext {
  root: string;
  pkgDir: string;
  shown: string;
  pm: PackageManager;
  progress: (line: string) => void;
}

/** Add the missing packages with the project's own package manager (it owns package.json and the lockfile). */
export function installMissing(specs: string[], context: InstallContext): Applied[] {
  if (specs.length === 0) return [];
  const command = addDevCommand(context.pm, specs);
  const shown = command.join(' ');
  context.progress(messages.init.installing(shown));
  const result = spawnCommand(command, context.pkgDir);
  if (!result.ok) throw new KeyguardError(messages.init.installFailed(shown, result.reason));
  const names = specs.map((spec) => spec.replace(/(.)@.*$/, '$1'));
  const dir = posixRelative(context.root, context.pkgDir);
  return [
    {
      file: context.shown,
      what: messages.init.addedDeps(names, shown),
      change: { kind: 'dependencies', pm: context.pm, dir, names },
    },
  ];
}
