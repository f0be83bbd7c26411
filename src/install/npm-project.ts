import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import { hooksDir, hooksPathSetting } from '../git/hooks.js';
import { messages } from '../messages.js';
import type { Applied, Change } from './change.js';
import { installMissing, missingDependencies } from './dependencies.js';
import { hookFiles, planHook, writeHook, type HookPlan } from './hook-file.js';
import { HOOK_COMMAND, PUSH_SCAN, huskyLines, inPackage, localBinLines, runsPushScan } from './hook-lines.js';
import {
  HUSKY_8_HEADER,
  huskyLayout,
  huskyReady,
  resolveHusky,
  setUpHusky,
  type Husky,
  type HuskyLayout,
} from './husky-hook.js';
import { ALL_FILES, findLintStaged, manualEntry, withKeyguardTask, type LintStagedConfig } from './lint-staged.js';
import { editLintStagedFile, lintStagedFileEdit, lintStagedObject } from './lint-staged-edit.js';
import { assertWritable, dependencyNames, isObject, preparedScript, readPackageJson } from './package-json.js';
import { writePackageJson, type Json, type PackageJson } from './package-json.js';
import { setAt } from './json-path.js';
import { keyguardPackage } from './package-root.js';
import type { ProjectContext, RouteResult } from './project.js';
import { shownPath } from './shown-path.js';

/** The husky this project will run: its own when installed, else keyguard's (9); a husky 8 range counts as 8. */
function projectHusky(ctx: ProjectContext, pkg: Json): Husky {
  const husky = resolveHusky(ctx.pkgDir, keyguardPackage().root);
  const listed = isObject(pkg.devDependencies) ? pkg.devDependencies.husky : undefined;
  const range = typeof listed === 'string' ? listed : '';
  if (dependencyNames(pkg).has('husky') && /^[\^~]?8\b/.test(range)) return { ...husky, major: 8 };
  return husky;
}

interface HuskyPlan {
  pkg: PackageJson;
  husky: Husky;
  layout: HuskyLayout;
  setting: string | null;
  lint: LintStagedConfig | null;
  hook: HookPlan | null;
  /** `.husky/pre-push`: the commits being pushed (closes --no-verify and rebases). */
  pushHook: HookPlan | null;
  script: { name: string; value: string } | null;
  lintTask: Json | null;
  lintFile: string | null;
  missing: string[];
  needsHusky: boolean;
}

/** The hook's lines: lint-staged (whose config runs keyguard), or keyguard itself in the form this husky needs. */
function hookLines(ctx: ProjectContext, p: Pick<HuskyPlan, 'layout' | 'husky' | 'lint'>): string[] {
  const { pkgRel } = p.layout;
  if (p.lint) return [inPackage(pkgRel, p.husky.major >= 9 ? 'lint-staged' : 'npx --no-install lint-staged')];
  if (p.husky.major < 9) return localBinLines(pkgRel, ctx.install);
  return huskyLines(pkgRel, ctx.install, existsSync(join(ctx.pkgDir, '.pnp.cjs')));
}

/** The install-time script that sets husky up: prepare, or postinstall under Yarn 2+ (which runs no prepare). */
function installScript(ctx: ProjectContext, pkg: Json, layout: HuskyLayout): { name: string; value: string } | null {
  const name = ctx.berry ? 'postinstall' : 'prepare';
  const value = preparedScript(pkg, name, layout.setup);
  return value === null ? null : { name, value };
}

function checkGitHook(ctx: ProjectContext, setting: string | null, layout: HuskyLayout): void {
  if (setting !== null) return;
  const gitHook = join(hooksDir(ctx.root), 'pre-commit');
  if (existsSync(gitHook) && !readFileSync(gitHook, 'utf8').includes('husky')) {
    throw new KeyguardError(
      messages.init.gitHookWouldStop(shownPath(ctx.root, gitHook), `${layout.huskyDir}/pre-commit`),
    );
  }
}

function plan(ctx: ProjectContext, setting: string | null): HuskyPlan {
  const pkg = readPackageJson(join(ctx.pkgDir, 'package.json'), ctx.root);
  const husky = projectHusky(ctx, pkg.data);
  const layout = huskyLayout(ctx.root, ctx.pkgDir, husky.major);
  const lint = ctx.lintStaged === false ? null : findLintStaged(ctx.pkgDir, pkg.data);
  if (ctx.lintStaged === true && lint === null) throw new KeyguardError(messages.init.noLintStaged);
  if (lint?.kind === 'manual' && !lint.text.includes('keyguard'))
    throw new KeyguardError(messages.init.lintStagedByHand(lint.file, manualEntry(lint.file), ctx.kg));
  checkGitHook(ctx, setting, layout);
  const header = husky.major >= 9 ? [] : HUSKY_8_HEADER;
  const done = lint ? (text: string) => text.includes('lint-staged') : undefined;
  const hook = planHook(
    ctx.root,
    `${layout.huskyDir}/pre-commit`,
    hookLines(ctx, { layout, husky, lint }),
    header,
    done,
  );
  const pushLines =
    husky.major < 9
      ? localBinLines(layout.pkgRel, ctx.install, PUSH_SCAN)
      : huskyLines(layout.pkgRel, ctx.install, existsSync(join(ctx.pkgDir, '.pnp.cjs')), PUSH_SCAN);
  const pushHook = planHook(ctx.root, `${layout.huskyDir}/pre-push`, pushLines, header, runsPushScan);
  const lintTask = lint?.kind === 'package-json' ? withKeyguardTask(lintStagedObject(pkg)) : null;
  const lintFile = lintStagedFileEdit(lint);
  return {
    pkg,
    husky,
    layout,
    setting,
    lint,
    hook,
    pushHook,
    script: installScript(ctx, pkg.data, layout),
    lintTask,
    lintFile,
    missing: missingDependencies(pkg.data, true),
    needsHusky: !huskyReady(ctx.root, setting, layout),
  };
}

/** Edit package.json (install script, lint-staged task) in one atomic write. */
function editPackageJson(ctx: ProjectContext, p: HuskyPlan): Applied[] {
  const pkg = readPackageJson(p.pkg.path, ctx.root); // as the package manager left it
  const applied: Applied[] = [];
  let data = pkg.data;
  if (p.script !== null) {
    const scripts = isObject(data.scripts) ? data.scripts : undefined;
    const key = ['scripts', p.script.name];
    const change: Change = {
      kind: 'json',
      file: pkg.shown,
      key,
      after: p.script.value,
      husky: p.layout.huskyDir,
      ...(scripts?.[p.script.name] === undefined ? {} : { before: scripts[p.script.name] }),
      ...(scripts === undefined ? { createdParent: true } : {}),
    };
    data = setAt(data, key, p.script.value);
    applied.push({ file: pkg.shown, what: messages.init.addedScript(p.script.name, p.script.value, ctx.pm), change });
  }
  if (p.lintTask !== null && isObject(data['lint-staged'])) {
    const before = data['lint-staged'][ALL_FILES];
    const after = p.lintTask[ALL_FILES];
    data = setAt(data, ['lint-staged', ALL_FILES], after);
    const change: Change = { kind: 'json', file: pkg.shown, key: ['lint-staged', ALL_FILES], before, after };
    applied.push({ file: pkg.shown, what: messages.init.lintStagedTask(HOOK_COMMAND), change });
  }
  if (data !== pkg.data) writePackageJson(pkg, data);
  return applied;
}

function huskySetUp(ctx: ProjectContext, p: HuskyPlan): Applied[] {
  if (!p.needsHusky) return [];
  const generated = `${p.layout.huskyDir}/_`;
  const hadGenerated = existsSync(join(ctx.root, generated));
  const hadFolder = existsSync(join(ctx.root, p.layout.huskyDir));
  const existing = hadFolder ? hookFiles(ctx.root, p.layout.huskyDir) : [];
  setUpHusky(ctx.root, resolveHusky(ctx.pkgDir, keyguardPackage().root), p.layout.huskyDir);
  const husky = p.layout.huskyDir;
  const applied: Applied[] = [];
  if (!hadFolder) applied.push({ file: husky, what: '', change: { kind: 'folder', dir: husky } });
  const change: Change = { kind: 'config', key: 'core.hooksPath', before: p.setting, after: p.layout.hooksPath, husky };
  applied.push({ file: generated, what: messages.init.huskySetUp(p.layout.hooksPath), change });
  if (!hadGenerated)
    applied.push({ file: generated, what: '', change: { kind: 'generated', dir: generated, husky, existing } });
  return applied;
}

function notes(ctx: ProjectContext, p: HuskyPlan): string[] {
  const out: string[] = [];
  if (p.husky.major < 9) out.push(messages.init.husky8);
  if (ctx.berry) out.push(messages.init.berry(p.pkg.data.private === true));
  out.push(messages.init.teammates(ctx.install));
  if (p.husky.major >= 9) out.push(messages.init.worktrees(ctx.install));
  return out;
}

/**
 * `keyguard init` with husky: dependencies, the install script, husky through its API, the pre-commit lines (or a
 * lint-staged task). Everything is checked before anything is written.
 */
export function initHusky(ctx: ProjectContext, setting = hooksPathSetting(ctx.root)): RouteResult {
  const p = plan(ctx, setting);
  const hookFile = `${p.layout.huskyDir}/pre-commit`;
  const header = p.lint
    ? messages.init.headerLintStaged(p.pkg.shown, hookFile)
    : messages.init.headerHusky(p.pkg.shown, hookFile, p.husky.major);
  const changes =
    p.missing.length > 0 || p.script || p.lintTask || p.lintFile !== null || p.hook || p.pushHook || p.needsHusky;
  if (!changes) return { header, applied: [], notes: [] };
  if (p.script !== null || p.lintTask !== null) assertWritable(p.pkg.path, p.pkg.shown);
  if (p.lintFile !== null && p.lint && p.lint.kind !== 'package-json')
    assertWritable(join(ctx.pkgDir, p.lint.file), p.lint.file);

  const applied = installMissing(p.missing, { ...ctx, shown: p.pkg.shown });
  applied.push(
    ...editPackageJson(ctx, p),
    ...editLintStagedFile(ctx.root, ctx.pkgDir, p.lint, p.lintFile),
    ...huskySetUp(ctx, p),
  );
  if (p.hook) applied.push(...writeHook(ctx.root, p.hook));
  if (p.pushHook) applied.push(...writeHook(ctx.root, p.pushHook));
  return { header, applied, notes: notes(ctx, p) };
}
