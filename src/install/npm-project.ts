import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError, KeyguardError } from '../errors.js';
import { hooksPathSetting, isTrackedAndClean } from '../git/hooks.js';
import { messages } from '../messages.js';
import type { Action } from './actions.js';
import { writeAtomic } from './atomic-write.js';
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
import { ALL_FILES, editedJsonConfig, findLintStaged, manualEntry, withKeyguardTask, type LintStagedConfig } from './lint-staged.js';
import { installMissing, missingDependencies } from './dependencies.js';
import { assertWritable, isObject, preparedScript, readPackageJson, withPrepare, writePackageJson, type Json, type PackageJson } from './package-json.js';
import { keyguardPackage } from './package-root.js';
import { quote } from './shell-quote.js';

export interface NpmInit {
  header: string;
  actions: Action[];
  /** A step the user does by hand (a JS or YAML lint-staged config), or null. */
  manual: string | null;
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
  return `(grep -vxF ${quote(line)} ${quote(file)} > ${quote(`${file}.tmp`)}; mv ${quote(`${file}.tmp`)} ${quote(file)})`;
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
      undo: typeof old === 'string' ? `npm pkg set ${quote(`scripts.prepare=${old}`)}` : 'npm pkg delete scripts.prepare',
    });
  }
  if (lint?.kind === 'package-json') {
    const config = lintStagedObject(pkg);
    const next = withKeyguardTask(config);
    if (next !== null) {
      data = { ...data, 'lint-staged': next };
      const undo = config[ALL_FILES] === undefined ? `npm pkg delete ${quote(`lint-staged.${ALL_FILES}`)}` : undefined;
      actions.push({ file: pkg.shown, what: messages.init.lintStagedTask(HOOK_COMMAND), undo });
    }
  }
  if (data !== pkg.data) writePackageJson(pkg, data);
  return actions;
}

/**
 * `keyguard init` in an npm project: dependencies, husky through its API, the pre-commit line (or a lint-staged
 * task). Everything is checked before anything is written.
 */
export function initNpmProject(root: string, pkgDir: string, lintStaged: boolean | undefined, say: (line: string) => void): NpmInit {
  const pkgPath = join(pkgDir, 'package.json');
  const pkg = readPackageJson(pkgPath, root);
  const layout = huskyLayout(root, pkgDir);
  const setting = hooksPathSetting(root);
  if (setting !== null && !isHuskyHooksPath(setting, layout)) {
    throw new KeyguardError(messages.init.foreignHooksPath(setting, layout.huskyDir));
  }
  const lint = lintStaged === false ? null : findLintStaged(pkgDir, pkg.data);
  if (lintStaged === true && lint === null) throw new KeyguardError(messages.init.noLintStaged);
  const pkgLint = lint?.kind === 'package-json' ? withKeyguardTask(lintStagedObject(pkg)) : null;

  const hookFile = `${layout.huskyDir}/pre-commit`;
  const hookPath = join(root, hookFile);
  const hookEdit = lint
    ? planHookLine(hookPath, layout.line('lint-staged'), 'lint-staged')
    : planHookLine(hookPath, layout.line(HOOK_COMMAND), 'keyguard scan');
  const jsonLint = lint?.kind === 'json' ? editedJsonConfig(lint) : null;
  const manual = lint?.kind === 'manual' && !lint.text.includes('keyguard') ? messages.init.manualStep(lint.file, manualEntry(lint.file)) : null;
  const missing = missingDependencies(pkg.data);
  const needsHusky = !huskyReady(root, setting, layout);
  const header = lint ? messages.init.headerLintStaged(pkg.shown, hookFile) : messages.init.headerHusky(pkg.shown, hookFile);
  const packageEdit = missing.length > 0 || preparedScript(pkg.data, layout.prepare) !== null || pkgLint !== null;
  if (!packageEdit && !hookEdit && !jsonLint && !needsHusky) return { header, actions: [], manual };

  if (packageEdit) assertWritable(pkgPath, pkg.shown);
  if (jsonLint !== null && lint?.kind === 'json') assertWritable(join(pkgDir, lint.file), lint.file);
  if (hookEdit?.before != null) assertWritable(hookPath, hookFile);
  const huskyDirExisted = existsSync(join(root, layout.huskyDir));

  const actions = installMissing(missing, { root, pkgDir, pkg: pkg.data, shown: pkg.shown, say });
  actions.push(...editPackageJson(readPackageJson(pkgPath, root), layout, lint));
  if (jsonLint !== null && lint?.kind === 'json') {
    const undo = isTrackedAndClean(root, lint.file) ? `git checkout -- ${quote(lint.file)}` : undefined;
    writeAtomic(join(pkgDir, lint.file), jsonLint);
    actions.push({ file: lint.file, what: messages.init.lintStagedTask(HOOK_COMMAND), undo });
  }
  if (needsHusky) {
    setUpHusky(root, resolveHusky(pkgDir, keyguardPackage().root), layout.huskyDir);
    const undo = setting === null ? 'git config --unset core.hooksPath' : undefined;
    actions.push({ file: `${layout.huskyDir}/_`, what: messages.init.huskySetUp(`${layout.huskyDir}/_`), undo });
  }
  if (hookEdit) {
    mkdirSync(dirname(hookPath), { recursive: true });
    writeAtomic(hookPath, hookEdit.after);
    const line = hookEdit.after.slice(hookEdit.before?.length ?? 0).trim();
    const what = hookEdit.before === null ? messages.init.hookCreated(line) : messages.init.hookAppended(line);
    actions.push({ file: hookFile, what, undo: hookUndo(layout, hookEdit, huskyDirExisted) });
  }
  return { header, actions, manual };
}
