import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { messages } from '../messages.js';
import type { Applied } from './change.js';
import { HOOK_COMMAND, appendLines } from './hook-lines.js';
import { ALL_FILES, YAML_ENTRY, editedJsonConfig, withKeyguardTask, type LintStagedConfig } from './lint-staged.js';
import { isObject, type Json, type PackageJson } from './package-json.js';
import { shownPath } from './shown-path.js';

/** Editing a lint-staged configuration: the "lint-staged" key of package.json, or a JSON or simple YAML file. */

export function lintStagedObject(pkg: PackageJson): Json {
  const value = pkg.data['lint-staged'];
  if (!isObject(value)) throw new ConfigError(`${pkg.shown} "lint-staged"`, messages.init.lintStagedNotObject);
  return value;
}

/** The new text of a lint-staged file, or null when it needs no edit. */
export function lintStagedFileEdit(lint: LintStagedConfig | null): string | null {
  if (lint?.kind === 'json') return editedJsonConfig(lint);
  if (lint?.kind === 'yaml') return lint.text.includes('keyguard') ? null : appendLines(lint.text, [YAML_ENTRY]);
  return null;
}

/** Write the edited lint-staged file: what init says, and what uninstall reverses. */
export function editLintStagedFile(
  root: string,
  pkgDir: string,
  lint: LintStagedConfig | null,
  text: string | null,
): Applied[] {
  if (text === null || (lint?.kind !== 'json' && lint?.kind !== 'yaml')) return [];
  const file = shownPath(root, join(pkgDir, lint.file));
  writeFileAtomic(join(pkgDir, lint.file), text);
  const what = messages.init.lintStagedTask(HOOK_COMMAND);
  if (lint.kind === 'yaml')
    return [{ file, what, change: { kind: 'lines', file, lines: [YAML_ENTRY], created: false } }];
  const before = lint.data[ALL_FILES];
  const after = withKeyguardTask(lint.data)?.[ALL_FILES];
  return [{ file, what, change: { kind: 'json', file, key: [ALL_FILES], before, after } }];
}
