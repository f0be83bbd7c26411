import { existsSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { formatJson, styleOf } from '../fs/text-style.js';
import { hooksPathSetting, setLocalConfig } from '../git/hooks.js';
import { messages } from '../messages.js';
import type { Change } from './change.js';
import { removeLines, runsKeyguard } from './hook-lines.js';
import { deleteAt, getAt, setAt } from './json-path.js';
import type { Json } from './package-json.js';
import { removeCommand } from './package-manager.js';
import { inFolder } from './shell-quote.js';
import { spawnCommand } from './spawn.js';

/** What undoing one change did: a line for the user, and whether the change is gone (else it stays recorded). */
export interface Reverted {
  file: string;
  what: string;
  done: boolean;
}

const m = messages.uninstall;

/** The value to put back when the current one is not exactly what init wrote: take out only what init added. */
function partialUndo(current: unknown, before: unknown, after: unknown): unknown {
  if (typeof current === 'string' && typeof after === 'string' && typeof before === 'string') {
    const added = after.startsWith(before) ? after.slice(before.length) : null;
    if (added && current.includes(added)) return current.replace(added, '');
  }
  if (Array.isArray(current) && Array.isArray(after)) {
    const ours = after.filter((item) => !(Array.isArray(before) ? before : [before]).includes(item));
    if (ours.length > 0 && ours.every((item) => current.includes(item)))
      return current.filter((item) => !ours.includes(item));
  }
  return undefined;
}

function revertJson(root: string, c: Extract<Change, { kind: 'json' }>): Reverted {
  const path = resolve(root, c.file);
  const label = c.key.join('.');
  if (!existsSync(path)) return { file: c.file, what: m.gone, done: true };
  const text = readFileSync(path, 'utf8');
  const data = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  const current = getAt(data, c.key);
  let next: Json;
  if (current === undefined) return { file: c.file, what: m.alreadyGone(label), done: true };
  if (isDeepStrictEqual(current, c.after)) {
    next = c.before === undefined ? deleteAt(data, c.key, c.createdParent) : setAt(data, c.key, c.before);
  } else {
    const value = partialUndo(current, c.before, c.after);
    if (value === undefined) return { file: c.file, what: m.changedSince(label), done: false };
    next = setAt(data, c.key, value);
  }
  writeFileAtomic(path, formatJson(next, styleOf(text)));
  return { file: c.file, what: m.restored(label), done: true };
}

function revertLines(root: string, c: Extract<Change, { kind: 'lines' }>): Reverted {
  const path = resolve(root, c.file);
  if (!existsSync(path)) return { file: c.file, what: m.gone, done: true };
  const text = readFileSync(path, 'utf8');
  const next = removeLines(text, c.lines);
  if (next === null && runsKeyguard(text)) return { file: c.file, what: m.linesChanged, done: false };
  if (c.created && (next ?? text).trim() === '') {
    rmSync(path);
    return { file: c.file, what: m.removedFile, done: true };
  }
  if (next === null) return { file: c.file, what: m.gone, done: true };
  writeFileAtomic(path, next);
  return { file: c.file, what: m.removedLines(c.lines.length), done: true };
}

function revertFile(root: string, c: Extract<Change, { kind: 'file' }>): Reverted {
  const path = resolve(root, c.file);
  if (!existsSync(path)) return { file: c.file, what: m.gone, done: true };
  if (readFileSync(path, 'utf8') !== c.content) return { file: c.file, what: m.fileChanged, done: false };
  rmSync(path);
  return { file: c.file, what: m.removedFile, done: true };
}

function revertMoved(root: string, c: Extract<Change, { kind: 'moved' }>): Reverted {
  if (existsSync(resolve(root, c.from))) return { file: c.from, what: m.cannotMoveBack(c.to), done: false };
  renameSync(resolve(root, c.to), resolve(root, c.from));
  return { file: c.from, what: m.movedBack(c.to), done: true };
}

function revertConfig(root: string, c: Extract<Change, { kind: 'config' }>): Reverted {
  const current = hooksPathSetting(root);
  if (current !== c.after) return { file: c.key, what: m.settingChanged(current), done: true };
  setLocalConfig(root, c.key, c.before);
  return { file: c.key, what: c.before === null ? m.unset : m.setBack(c.before), done: true };
}

function revertFolder(root: string, dir: string, whole: boolean): Reverted {
  const path = resolve(root, dir);
  if (!existsSync(path)) return { file: dir, what: m.gone, done: true };
  if (whole) rmSync(path, { recursive: true, force: true });
  else if (readdirSync(path).length === 0) rmdirSync(path);
  else return { file: dir, what: '', done: true }; // kept: other files live there
  return { file: dir, what: m.removedFolder, done: true };
}

function revertDependencies(root: string, c: Extract<Change, { kind: 'dependencies' }>): Reverted {
  const command = removeCommand(c.pm, c.names);
  const shown = inFolder(c.dir, command.join(' '));
  const result = spawnCommand(command, join(root, c.dir));
  if (!result.ok) return { file: c.dir || 'package.json', what: m.removeFailed(shown, result.reason), done: false };
  return { file: join(c.dir, 'package.json').split('\\').join('/'), what: m.removedDeps(shown), done: true };
}

function resync(root: string, c: Extract<Change, { kind: 'resync' }>): Reverted {
  const bin = join(root, c.dir, 'node_modules', '.bin', c.bin);
  const shown = `npx ${c.bin}`;
  const result = existsSync(bin) ? spawnCommand([bin], join(root, c.dir)) : { ok: false, reason: 'not installed' };
  return result.ok
    ? { file: c.bin, what: m.removedDeps(shown), done: true }
    : { file: c.bin, what: m.removeFailed(shown, result.reason), done: false };
}

/** Undo one recorded change, only as far as it is still what init left. */
export function revert(root: string, change: Change): Reverted {
  switch (change.kind) {
    case 'json':
      return revertJson(root, change);
    case 'lines':
      return revertLines(root, change);
    case 'file':
      return revertFile(root, change);
    case 'moved':
      return revertMoved(root, change);
    case 'config':
      return revertConfig(root, change);
    case 'folder':
      return revertFolder(root, change.dir, false);
    case 'generated':
      return revertFolder(root, change.dir, true);
    case 'dependencies':
      return revertDependencies(root, change);
    case 'resync':
      return resync(root, change);
  }
}
