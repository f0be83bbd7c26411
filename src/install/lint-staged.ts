import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOOK_COMMAND } from './hook-lines.js';
import { isObject, type Json } from './package-json.js';
import { formatJson, styleOf } from '../fs/text-style.js';

/** The glob lint-staged matches every staged file with (no slash: matched against the base name). */
export const ALL_FILES = '*';

/** Where the project's lint-staged configuration lives, in lint-staged's own search order. */
export type LintStagedConfig =
  | { kind: 'package-json' }
  | { kind: 'json'; file: string; text: string; data: Json }
  | { kind: 'yaml'; file: string; text: string }
  | { kind: 'manual'; file: string; text: string };

const FILES = [
  '.lintstagedrc',
  '.lintstagedrc.json',
  '.lintstagedrc.yaml',
  '.lintstagedrc.yml',
  '.lintstagedrc.mjs',
  '.lintstagedrc.js',
  '.lintstagedrc.cjs',
  '.lintstagedrc.ts',
  '.lintstagedrc.mts',
  '.lintstagedrc.cts',
  'lint-staged.config.mjs',
  'lint-staged.config.js',
  'lint-staged.config.cjs',
  'lint-staged.config.ts',
  'lint-staged.config.mts',
  'lint-staged.config.cts',
];

function parseObject(text: string): Json | null {
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return isObject(data) ? data : null;
  } catch {
    return null;
  }
}

export function findLintStaged(pkgDir: string, pkg: Json): LintStagedConfig | null {
  if (pkg['lint-staged'] !== undefined) return { kind: 'package-json' };
  for (const file of FILES) {
    const path = join(pkgDir, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const data = file === '.lintstagedrc' || file.endsWith('.json') ? parseObject(text) : null;
    if (data !== null) return { kind: 'json', file, text, data };
    const yaml = file === '.lintstagedrc' || /\.ya?ml$/.test(file);
    return yaml && isSimpleYamlMapping(text) ? { kind: 'yaml', file, text } : { kind: 'manual', file, text };
  }
  return null;
}

/**
 * A YAML file keyguard can append a top-level entry to: a plain block mapping (every line blank, a comment, indented,
 * or a `key:` at the start), no document markers or flow style, and no "*" entry yet (merging into one is not safe).
 */
function isSimpleYamlMapping(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return lines.every((line) => {
    if (line.trim() === '' || /^\s*#/.test(line) || /^\s/.test(line)) return true;
    if (/^(?:"\*"|'\*'|\*)\s*:/.test(line)) return false;
    return /^(?:"[^"]*"|'[^']*'|[^\s#'"{[\]&*!|>%@`-][^:#]*):(\s|$)/.test(line);
  });
}

/** The lines a YAML lint-staged config gets. */
export const YAML_ENTRY = `"${ALL_FILES}": ${HOOK_COMMAND}`;

function runsKeyguard(task: unknown): boolean {
  if (typeof task === 'string') return task.includes('keyguard');
  return Array.isArray(task) && task.some(runsKeyguard);
}

/** The lint-staged config object with keyguard added as a task for every file, or null when already there. */
export function withKeyguardTask(config: Json): Json | null {
  if (Object.values(config).some(runsKeyguard)) return null;
  const current = config[ALL_FILES];
  if (current === undefined) return { ...config, [ALL_FILES]: HOOK_COMMAND };
  const list = Array.isArray(current) ? current : [current];
  return { ...config, [ALL_FILES]: [...list, HOOK_COMMAND] };
}

/** The new text of a JSON lint-staged file (its formatting kept), or null when keyguard is already a task. */
export function editedJsonConfig(config: Extract<LintStagedConfig, { kind: 'json' }>): string | null {
  const next = withKeyguardTask(config.data);
  return next === null ? null : formatJson(next, styleOf(config.text));
}

/** The entry a user adds by hand to a JS or YAML config. */
export function manualEntry(file: string): string {
  return /\.ya?ml$/.test(file) || file === '.lintstagedrc' ? YAML_ENTRY : `'${ALL_FILES}': '${HOOK_COMMAND}',`;
}
