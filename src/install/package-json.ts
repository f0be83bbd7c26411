import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ConfigError, KeyguardError } from '../errors.js';
import { messages } from '../messages.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { formatJson, styleOf } from '../fs/text-style.js';

export type Json = Record<string, unknown>;

export interface PackageJson {
  path: string;
  /** Path relative to the repository root, as printed. */
  shown: string;
  text: string;
  data: Json;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readPackageJson(path: string, root: string): PackageJson {
  const shown = relative(root, path).split('\\').join('/') || 'package.json';
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(shown, messages.init.malformed((error as Error).message));
  }
  if (!isObject(data)) throw new ConfigError(shown, messages.init.malformed('the top level is not an object'));
  return { path, shown, text, data };
}

/** Refuse early, before anything is changed, when a file we must edit cannot be written. */
export function assertWritable(path: string, shown: string): void {
  let writable = true;
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    writable = (statSync(path).mode & 0o222) !== 0; // root passes access(); the mode bits still say read-only
  } catch {
    writable = false;
  }
  if (!writable) throw new KeyguardError(messages.init.readOnly(shown));
}

export function dependencyNames(data: Json): Set<string> {
  const names = new Set<string>();
  for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const deps = data[key];
    if (isObject(deps)) for (const name of Object.keys(deps)) names.add(name);
  }
  return names;
}

/** The install script (`name`) that also sets husky up, or null when the current one already does. */
export function preparedScript(data: Json, name: string, huskyCommand: string): string | null {
  const scripts = isObject(data.scripts) ? data.scripts : {};
  const current = scripts[name];
  if (typeof current === 'string' && /(^|[\s;&|(])husky(\s|$)/.test(current)) return null;
  if (typeof current === 'string' && current.trim() !== '') return `${current} && ${huskyCommand}`;
  return huskyCommand;
}

/** Write package.json back with its key order, indentation and line endings. */
export function writePackageJson(pkg: PackageJson, data: Json): void {
  writeFileAtomic(pkg.path, formatJson(data, styleOf(pkg.text)));
}
