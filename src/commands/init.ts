import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import { hooksPathSetting, submodulePaths } from '../git/hooks.js';
import { findRepoRoot } from '../git/repo.js';
import { messages } from '../messages.js';
import type { Applied } from '../install/change.js';
import { findPackageDir } from '../install/detect-project.js';
import { findLefthook } from '../install/lefthook.js';
import { initFolder, initLefthook, initSimpleGitHooks } from '../install/hook-managers.js';
import { isHuskyHooksPath } from '../install/husky-hook.js';
import { initHusky } from '../install/npm-project.js';
import { readPackageJson } from '../install/package-json.js';
import { detectPackageManager, installCommand, isYarnBerry } from '../install/package-manager.js';
import { installPlainHook } from '../install/plain-hook.js';
import type { ProjectContext, RouteResult } from '../install/project.js';
import { appendRecord } from '../install/record.js';
import { posixRelative } from '../fs/posix-path.js';

export interface InitOptions {
  lintStaged: boolean | undefined;
  /** keyguard as the user types it (`npx keyguard`, `keyguard`), for the commands init prints. */
  kg: string;
  /** A line to show while a long step runs (the package manager's install). */
  progress: (line: string) => void;
}

export interface InitResult extends RouteResult {
  kg: string;
}

const SIMPLE_GIT_HOOKS_FILES = ['.simple-git-hooks.json', 'simple-git-hooks.json', '.simple-git-hooks.cjs'];

function projectContext(root: string, pkgDir: string, options: InitOptions): ProjectContext {
  const { data } = readPackageJson(join(pkgDir, 'package.json'), root);
  const pm = detectPackageManager(pkgDir, root, data.packageManager);
  const berry = pm === 'yarn' && isYarnBerry(pkgDir, root, data.packageManager);
  return {
    root,
    pkgDir,
    lintStaged: options.lintStaged,
    kg: options.kg,
    pm,
    install: installCommand(pm),
    berry,
    progress: options.progress,
  };
}

/** Which hook runner the project has, and keyguard wired into it. */
function route(root: string, pkgDir: string | null, options: InitOptions): RouteResult {
  const setting = hooksPathSetting(root);
  if (pkgDir === null) {
    if (setting !== null) return initFolder(root, setting, null);
    return { header: messages.init.headerPlain, applied: installPlainHook(root), notes: [] };
  }
  const ctx = projectContext(root, pkgDir, options);
  const lefthook = findLefthook(root);
  if (lefthook) return initLefthook(ctx, lefthook);
  const pkg = readPackageJson(join(pkgDir, 'package.json'), root);
  const sghFile = SIMPLE_GIT_HOOKS_FILES.find((f) => existsSync(join(pkgDir, f)));
  if (pkg.data['simple-git-hooks'] !== undefined || sghFile !== undefined) return initSimpleGitHooks(ctx, sghFile);
  const huskyDir = posixRelative(root, join(pkgDir, '.husky'));
  if (setting !== null && !isHuskyHooksPath(root, setting, huskyDir)) return initFolder(root, setting, ctx);
  return initHusky(ctx, setting);
}

/** `keyguard init`: from now on every `git commit` in this repository is checked. Records what it changed. */
export function init(cwd: string, options: InitOptions): InitResult {
  const root = findRepoRoot(cwd);
  if (root === null) throw new KeyguardError(messages.init.noRepository(options.kg));
  const result = route(root, findPackageDir(root, cwd), options);
  appendRecord(
    root,
    result.applied.flatMap((a: Applied) => (a.change ? [a.change] : [])),
  );
  const submodules = existsSync(join(root, '.gitmodules')) ? submodulePaths(root) : [];
  const notes =
    submodules.length > 0 ? [...result.notes, messages.init.submodules(submodules, options.kg)] : result.notes;
  return { ...result, notes, kg: options.kg };
}

/** init's report: what changed, file by file, and how to undo it. */
export function formatInit(result: InitResult): string {
  const shown = result.applied.filter((a) => a.what !== '');
  if (shown.length === 0) return `${messages.init.nothingChanged}\n`;
  const width = Math.max(0, ...shown.map((a) => a.file.length));
  const lines = [result.header, ...shown.map((a) => `  ${a.file.padEnd(width)}  ${a.what}`), messages.init.done];
  if (result.applied.some((a) => a.change)) lines.push(messages.init.undo(result.kg));
  lines.push(...result.notes);
  return `${lines.join('\n')}\n`;
}
