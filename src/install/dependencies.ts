import { posixRelative } from '../fs/posix-path.js';
import { KeyguardError } from '../errors.js';
import { messages } from '../messages.js';
import type { Action } from './actions.js';
import { dependencyNames, type Json } from './package-json.js';
import { addDevCommand, detectPackageManager, removeCommand } from './package-manager.js';
import { keyguardPackage } from './package-root.js';
import { inFolder } from './shell-quote.js';
import { spawnCommand } from './spawn.js';

/** The packages the hook needs that package.json does not list yet: husky, and keyguard pinned to this version. */
export function missingDependencies(pkg: Json): string[] {
  const names = dependencyNames(pkg);
  const missing: string[] = [];
  if (!names.has('husky')) missing.push('husky');
  if (!names.has('keyguard')) missing.push(`keyguard@${keyguardPackage().version}`);
  return missing;
}

interface InstallContext {
  root: string;
  pkgDir: string;
  pkg: Json;
  shown: string;
  say: (line: string) => void;
}

/** Add the missing packages with the project's own package manager (it owns package.json and the lockfile). */
export function installMissing(specs: string[], context: InstallContext): Action[] {
  if (specs.length === 0) return [];
  const pm = detectPackageManager(context.pkgDir, context.root, context.pkg.packageManager);
  const command = addDevCommand(pm, specs).join(' ');
  context.say(messages.init.installing(command));
  const result = spawnCommand(addDevCommand(pm, specs), context.pkgDir);
  if (!result.ok) throw new KeyguardError(messages.init.installFailed(command, result.reason));
  const names = specs.map((spec) => spec.replace(/(.)@.*$/, '$1'));
  const undo = inFolder(posixRelative(context.root, context.pkgDir), removeCommand(pm, names).join(' '));
  return [{ file: context.shown, what: messages.init.addedDeps(names, command), undo }];
}
