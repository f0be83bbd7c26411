import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError, KeyguardError } from '../errors.js';
import { hooksDir, hooksPathSetting, isLinkedWorktree, isTrackedAndClean } from '../git/hooks.js';
import { messages } from '../messages.js';
import type { Action } from './actions.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import {
  HOOK_COMMAND,
  huskyLayout,
  huskyReady,
  isHuskyHooksPath,
  planHookLine,
  resolveHusky,
  setUpHusky,
  type HookEdit,
  type HuskyLayout,
} from './husky-hook.js';
import {
  ALL_FILES,
  editedJsonConfig,
  findLintStaged,
  manualEntry,
  withKeyguardTask,
  type LintStagedConfig,
} from './lint-staged.js';
import { installMissing, missingDependencies } from './dependencies.js';
import {
  assertWritable,
  isObject,
  preparedScript,
  readPackageJson,
  withPrepare,
  writePackageJson,
  type Json,
  type PackageJson,
} from './package-json.js';
import { keyguardPackage } from './package-root.js';
import { inFolder, quote } from './shell-quote.js';
import { shownPath } from './shown-path.js';

export interface NpmInit {
  header: string;
  actions: Action[];
  /** A step the user does by hand (a JS or YAML lint-staged config), or null. */
  manual: string | null;
  /** Something the user should know (a linked worktree), or null. */
  note?: string | null;
}

function lintStagedObject(pkg: PackageJson): Json {
  const value = pkg.data['lint-staged'];
  if (!isObject(value)) throw new ConfigError(`${pkg.shown} "lint-staged"`, messages.init.lintStagedNotObject);
  return value;
}

function hookUndo(layout: HuskyLayout, edit: HookEdit, huskyDirExisted: boolean): string {
  const file = `${layout.huskyDir}/pre-commit`;
  if (!huskyDirExisted) return `rm -r ${quote(layout.huskyDir)}`;
  if (edit.before === null) return `rm ${quote(file)}`;
  const line = edit.after.slice(edit.before.length).trim();
  // A hook with CRLF line ends got the line with a CR too: grep -x must see it.
  const pattern = edit.after.includes('\r\n') ? `"$(printf '%s\\r' ${quote(line)})"` : quote(line);
  return `(grep -vxF ${pattern} ${quote(file)} > ${quote(`${file}.tmp`)}; mv ${quote(`${file}.tmp`)} ${quote(file)})`;
}

/** Edit package.json (prepare script, lint-staged task) in one atomic write. */
function editPackageJson(pkg: PackageJson, layout: HuskyLayout, lint: LintStagedConfig | null): Action[] {
  const actions: Action[] = [];
  let data = pkg.data;
  const prepare = preparedScript(data, layout.prepare);
  if (prepare !== null) {
    const old = isObject(data.scripts) ? data.scripts.prepare : undefined;
    data = withPrepare(data, prepare);
    actions.push({
      file: pkg.shown,
      what: messages.init.addedPrepare(prepare),
      undo: inFolder(
        layout.pkgRel,
        typeof old === 'string'
          ? `npm pkg set ${quote(`scripts.prepare=${old}`)}`
          : isObject(pkg.data.scripts)
            ? 'npm pkg delete scripts.prepare'
            : 'npm pkg delete scripts',
      ),
    });
  }
  if (lint?.kind === 'package-json') {
    const config = lintStagedObject(pkg);
    const next = withKeyguardTask(config);
    if (next !== null) {
      data = { ...data, 'lint-staged': next };
      const old = config[ALL_FILES];
      const undo = inFolder(
        layout.pkgRel,
        old === undefined
          ? `npm pkg delete ${quote(`lint-staged.${ALL_FILES}`)}`
          : `npm pkg set --json ${quote(`lint-staged.${ALL_FILES}=${JSON.stringify(old)}`)}`,
      );
      actions.push({ file: pkg.shown, what: messages.init.lintStagedTask(HOOK_COMMAND), undo });
    }
  }
  if (data !== pkg.data) writePackageJson(pkg, data);
  return actions;
}

/**
 * The hook line's command. Yarn Plug'n'Play installs no node_modules/.bin for husky to put on PATH: yarn runs
 * the bin there.
 */
function hookCommand(pkgDir: string): string {
  return existsSync(join(pkgDir, '.pnp.cjs')) ? `yarn ${HOOK_COMMAND}` : HOOK_COMMAND;
}

/** Refuse set-ups where husky's hooks would not run, or would silence a hook the user has. */
function checkHooks(root: string, layout: HuskyLayout, setting: string | null, hookEdit: HookEdit | null): void {
  if (setting !== null && !isHuskyHooksPath(root, setting, layout)) {
    throw new KeyguardError(messages.init.foreignHooksPath(setting, layout.huskyDir));
  }
  if (setting === null) {
    const gitHook = join(hooksDir(root), 'pre-commit');
    if (existsSync(gitHook) && !readFileSync(gitHook, 'utf8').includes('husky')) {
      throw new KeyguardError(
        messages.init.gitHookWouldStop(shownPath(root, gitHook), `${layout.huskyDir}/pre-commit`),
      );
    }
  }
  if (hookEdit?.before != null && /^(exit|exec)\b/m.test(hookEdit.before)) {
    throw new KeyguardError(
      messages.init.hookEndsEarly(`${layout.huskyDir}/pre-commit`, hookEdit.after.slice(hookEdit.before.length).trim()),
    );
  }
}

interface Plan {
  pkg: PackageJson;
  layout: HuskyLayout;
  setting: string | null;
  lint: LintStagedConfig | null;
  hookEdit: HookEdit | null;
  jsonLint: string | null;
  missing: string[];
  needsHusky: boolean;
  packageEdit: boolean;
}

function plan(root: string, pkgDir: string, lintStaged: boolean | undefined): Plan {
  const pkg = readPackageJson(join(pkgDir, 'package.json'), root);
  const layout = huskyLayout(root, pkgDir);
  const setting = hooksPathSetting(root);
  const lint = lintStaged === false ? null : findLintStaged(pkgDir, pkg.data);
  if (lintStaged === true && lint === null) throw new KeyguardError(messages.init.noLintStaged);
  const hookPath = join(root, layout.huskyDir, 'pre-commit');
  const hookEdit = lint
    ? planHookLine(hookPath, layout.line('lint-staged'), 'lint-staged')
    : planHookLine(hookPath, layout.line(hookCommand(pkgDir)), 'keyguard scan');
  checkHooks(root, layout, setting, hookEdit);
  const pkgLint = lint?.kind === 'package-json' ? withKeyguardTask(lintStagedObject(pkg)) : null;
  const missing = missingDependencies(pkg.data);
  const packageEdit = missing.length > 0 || preparedScript(pkg.data, layout.prepare) !== null || pkgLint !== null;
  const jsonLint = lint?.kind === 'json' ? editedJsonConfig(lint) : null;
  return {
    pkg,
    layout,
    setting,
    lint,
    hookEdit,
    jsonLint,
    missing,
    needsHusky: !huskyReady(root, setting, layout),
    packageEdit,
  };
}

/** Every file init will write can be written: checked before anything changes. */
function checkWritable(pkgDir: string, p: Plan): void {
  if (p.packageEdit) assertWritable(p.pkg.path, p.pkg.shown);
  if (p.jsonLint !== null && p.lint?.kind === 'json') assertWritable(join(pkgDir, p.lint.file), p.lint.file);
  if (p.hookEdit?.before != null) assertWritable(p.hookEdit.path, `${p.layout.huskyDir}/pre-commit`);
}

function writeHook(p: Plan, edit: HookEdit, huskyDirExisted: boolean): Action {
  mkdirSync(dirname(edit.path), { recursive: true });
  writeFileAtomic(edit.path, edit.after);
  const line = edit.after.slice(edit.before?.length ?? 0).trim();
  const what = edit.before === null ? messages.init.hookCreated(line) : messages.init.hookAppended(line);
  return { file: `${p.layout.huskyDir}/pre-commit`, what, undo: hookUndo(p.layout, edit, huskyDirExisted) };
}

/**
 * `keyguard init` in an npm project: dependencies, husky through its API, the pre-commit line (or a lint-staged
 * task). Everything is checked before anything is written.
 */
export function initNpmProject(
  root: string,
  pkgDir: string,
  lintStaged: boolean | undefined,
  say: (line: string) => void,
): NpmInit {
  const p = plan(root, pkgDir, lintStaged);
  const { pkg, layout, lint } = p;
  const hookFile = `${layout.huskyDir}/pre-commit`;
  const header = lint
    ? messages.init.headerLintStaged(pkg.shown, hookFile)
    : messages.init.headerHusky(pkg.shown, hookFile);
  const manual =
    lint?.kind === 'manual' && !lint.text.includes('keyguard')
      ? messages.init.manualStep(lint.file, manualEntry(lint.file))
      : null;
  if (!p.packageEdit && !p.hookEdit && !p.jsonLint && !p.needsHusky) return { header, actions: [], manual };
  checkWritable(pkgDir, p);
  const huskyDirExisted = existsSync(join(root, layout.huskyDir));

  const actions = installMissing(p.missing, { root, pkgDir, pkg: pkg.data, shown: pkg.shown, say });
  actions.push(...editPackageJson(readPackageJson(pkg.path, root), layout, lint));
  if (p.jsonLint !== null && lint?.kind === 'json') {
    const file = shownPath(root, join(pkgDir, lint.file));
    const undo = isTrackedAndClean(root, file) ? `git checkout -- ${quote(file)}` : undefined;
    writeFileAtomic(join(pkgDir, lint.file), p.jsonLint);
    actions.push({ file, what: messages.init.lintStagedTask(HOOK_COMMAND), undo });
  }
  if (p.needsHusky) {
    const underscore = `${layout.huskyDir}/_`;
    const removeUnderscore =
      huskyDirExisted && !existsSync(join(root, underscore)) ? ` && rm -r ${quote(underscore)}` : '';
    setUpHusky(root, resolveHusky(pkgDir, keyguardPackage().root), layout.huskyDir);
    const undo = p.setting === null ? `git config --unset core.hooksPath${removeUnderscore}` : undefined;
    actions.push({ file: underscore, what: messages.init.huskySetUp(underscore), undo });
  }
  if (p.hookEdit) actions.push(writeHook(p, p.hookEdit, huskyDirExisted));
  const note = p.setting === null && isLinkedWorktree(root) ? messages.init.worktreeNote : null;
  return { header, actions, manual, note };
}
