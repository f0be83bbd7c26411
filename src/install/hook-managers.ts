import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { hooksDir } from '../git/hooks.js';
import { messages } from '../messages.js';
import type { Applied, Change } from './change.js';
import { installMissing, missingDependencies } from './dependencies.js';
import { planHook, writeHook } from './hook-file.js';
import { localBinLines, pathOrNpxLines, runsKeyguard } from './hook-lines.js';
import { findLefthook, insertLines, lefthookBlock, planLefthook } from './lefthook.js';
import { assertWritable, isObject, readPackageJson, writePackageJson } from './package-json.js';
import { setAt } from './json-path.js';
import { keyguardPackage } from './package-root.js';
import type { ProjectContext, RouteResult } from './project.js';
import { posixRelative } from '../fs/posix-path.js';
import { spawnCommand } from './spawn.js';
import { shownPath } from './shown-path.js';

/** One line for runners that take a single command (lefthook's `run`, simple-git-hooks). */
const oneLine = (ctx: ProjectContext) => localBinLines(posixRelative(ctx.root, ctx.pkgDir), ctx.install).join('; ');

/** Run the hook manager's own command that copies its config into git's hooks folder, when it is installed. */
function sync(ctx: ProjectContext, bin: string, args: string[]): { applied: Applied[]; note: string | null } {
  const path = join(ctx.pkgDir, 'node_modules', '.bin', bin);
  const shown = `npx ${bin} ${args.join(' ')}`.trim();
  if (!existsSync(path)) return { applied: [], note: messages.init.syncByHand(shown) };
  const result = spawnCommand([path, ...args], ctx.pkgDir);
  if (!result.ok) throw new KeyguardError(messages.init.installFailed(shown, result.reason));
  return {
    applied: [{ file: shownPath(ctx.root, hooksDir(ctx.root)), what: messages.init.managerSynced(shown) }],
    note: null,
  };
}

function install(ctx: ProjectContext): Applied[] {
  const pkg = readPackageJson(join(ctx.pkgDir, 'package.json'), ctx.root);
  return installMissing(missingDependencies(pkg.data, false), { ...ctx, shown: pkg.shown });
}

/** lefthook reads its config on every run: keyguard's command goes into `pre-commit: commands:`. */
export function initLefthook(ctx: ProjectContext, config: NonNullable<ReturnType<typeof findLefthook>>): RouteResult {
  const header = messages.init.headerManager(config.file, 'lefthook');
  const run = oneLine(ctx);
  if (runsKeyguard(config.text)) return { header, applied: [], notes: [] };
  if (!config.yaml) throw new KeyguardError(messages.init.configByHand(config.file, lefthookBlock(run)));
  const planned = planLefthook(config, run);
  assertWritable(join(ctx.root, config.file), config.file);
  const applied = install(ctx);
  writeFileAtomic(join(ctx.root, config.file), insertLines(config.text, planned.lines, planned.after));
  const change: Change = { kind: 'lines', file: config.file, lines: planned.lines, created: false };
  applied.push({ file: config.file, what: messages.init.managerTask('lefthook'), change });
  const lefthookHook = join(hooksDir(ctx.root), 'pre-commit');
  const installed = existsSync(lefthookHook) && readFileSync(lefthookHook, 'utf8').includes('lefthook');
  const synced = installed ? { applied: [], note: null } : sync(ctx, 'lefthook', ['install']);
  applied.push(...synced.applied);
  const notes = [synced.note, messages.init.teammates(ctx.install)].filter((n): n is string => n !== null);
  return { header, applied, notes };
}

/** simple-git-hooks copies its package.json entry into .git/hooks: edit the entry, then let it copy again. */
export function initSimpleGitHooks(ctx: ProjectContext, file: string | undefined): RouteResult {
  const pkg = readPackageJson(join(ctx.pkgDir, 'package.json'), ctx.root);
  const header = messages.init.headerManager(pkg.shown, 'simple-git-hooks');
  const config = pkg.data['simple-git-hooks'];
  if (!isObject(config)) {
    const entry = `"pre-commit": ${JSON.stringify(oneLine(ctx))}`;
    throw new KeyguardError(messages.init.configByHand(config === undefined && file ? file : pkg.shown, [entry]));
  }
  const before = config['pre-commit'];
  if (typeof before === 'string' && runsKeyguard(before)) return { header, applied: [], notes: [] };
  const ours = oneLine(ctx);
  const after = typeof before === 'string' && before.trim() !== '' ? `${before} && { ${ours}; }` : ours;
  assertWritable(pkg.path, pkg.shown);
  const applied = install(ctx);
  const fresh = readPackageJson(pkg.path, ctx.root);
  writePackageJson(fresh, setAt(fresh.data, ['simple-git-hooks', 'pre-commit'], after));
  const synced = sync(ctx, 'simple-git-hooks', []);
  // undone last first: the entry goes back, then simple-git-hooks copies it again
  const dir = posixRelative(ctx.root, ctx.pkgDir);
  if (synced.note === null)
    applied.push({ file: pkg.shown, what: '', change: { kind: 'resync', dir, bin: 'simple-git-hooks' } });
  const key = ['simple-git-hooks', 'pre-commit'];
  const change: Change = { kind: 'json', file: pkg.shown, key, after, ...(before === undefined ? {} : { before }) };
  applied.push({ file: pkg.shown, what: messages.init.managerTask('simple-git-hooks'), change }, ...synced.applied);
  const notes = [synced.note, messages.init.teammates(ctx.install)].filter((n): n is string => n !== null);
  return { header, applied, notes };
}

/** A team's hooks folder (core.hooksPath, committed): keyguard's lines go into its pre-commit. */
export function initFolder(root: string, folder: string, ctx: ProjectContext | null): RouteResult {
  const dir = hooksDir(root);
  if (existsSync(join(dir, 'h')) && dir.endsWith('_'))
    throw new KeyguardError(messages.init.huskyFolder(shownPath(root, dir)));
  const file = shownPath(root, join(dir, 'pre-commit'));
  const lines =
    ctx === null
      ? pathOrNpxLines(keyguardPackage().version)
      : localBinLines(posixRelative(root, ctx.pkgDir), ctx.install);
  const hook = planHook(root, file, lines, ['#!/bin/sh']);
  const header = messages.init.headerFolder(folder);
  if (hook === null) return { header, applied: [], notes: [] };
  const applied = ctx === null ? [] : install(ctx);
  applied.push(...writeHook(root, hook));
  return { header, applied, notes: ctx === null ? [] : [messages.init.teammates(ctx.install)] };
}
