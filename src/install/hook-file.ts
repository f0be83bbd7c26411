import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KeyguardError } from '../errors.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { messages } from '../messages.js';
import type { Applied, Change } from './change.js';
import { appendLines, runsKeyguard } from './hook-lines.js';
import { assertWritable } from './package-json.js';

/** Lines to add to a hook file (relative to the root), planned before anything is written. */
export interface HookPlan {
  file: string;
  /** The lines init adds: for a new file its header too. */
  lines: string[];
  created: boolean;
  /** The folder init creates for it, or null. */
  folder: string | null;
}

/**
 * Plan keyguard's lines in a hook file, or null when the file already runs keyguard. Refuses (nothing changed) a
 * hook that ends with exit or exec, where appended lines would never run, and a read-only one.
 */
export function planHook(
  root: string,
  file: string,
  lines: string[],
  header: string[],
  done: (text: string) => boolean = runsKeyguard,
): HookPlan | null {
  const path = resolve(root, file);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before !== null && done(before)) return null;
  if (before !== null && /^\s*(exit|exec)\b/m.test(before))
    throw new KeyguardError(messages.init.hookEndsEarly(file, lines));
  if (before !== null) assertWritable(path, file);
  const folder = existsSync(dirname(path)) ? null : dirname(file);
  return before === null
    ? { file, lines: [...header, ...lines], created: true, folder }
    : { file, lines, created: false, folder };
}

/** Write the planned lines (a new hook is executable): what init says, and what uninstall reverses. */
export function writeHook(root: string, plan: HookPlan): Applied[] {
  const path = resolve(root, plan.file);
  const applied: Applied[] = [];
  if (plan.folder !== null && !existsSync(dirname(path))) {
    mkdirSync(dirname(path), { recursive: true });
    applied.push({ file: plan.folder, what: '', change: { kind: 'folder', dir: plan.folder } });
  }
  const before = plan.created ? '' : readFileSync(path, 'utf8');
  writeFileAtomic(path, appendLines(before, plan.lines), plan.created ? 0o755 : undefined);
  const change: Change = { kind: 'lines', file: plan.file, lines: plan.lines, created: plan.created };
  const what = plan.created ? messages.init.hookCreated(plan.lines) : messages.init.hookAppended(plan.lines);
  applied.push({ file: plan.file, what, change });
  return applied;
}

/** The hook files in a husky folder (not its generated `_`, not dot files), as paths from the root. */
export function hookFiles(root: string, huskyDir: string): string[] {
  const dir = resolve(root, huskyDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => `${huskyDir}/${e.name}`);
}
