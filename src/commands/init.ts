import { resolve } from 'node:path';
import type { IO } from '../io.js';
import { EXIT, KeyguardError } from '../errors.js';
import { GitError } from '../git/exec-git.js';
import { findRepoRoot } from '../git/repo.js';
import { messages } from '../messages.js';
import { undoCommand, type Action } from '../install/actions.js';
import { findPackageDir } from '../install/detect-project.js';
import { initNpmProject } from '../install/npm-project.js';
import { installPlainHook } from '../install/plain-hook.js';

export interface InitOptions {
  lintStaged: boolean | undefined;
}

interface Summary {
  header: string;
  actions: Action[];
  manual: string | null;
  note?: string | null;
  /** The repository root when init ran elsewhere (undo paths are relative to the root). */
  root: string | null;
}

function report({ header, actions, manual, note, root }: Summary): string {
  if (actions.length === 0 && manual === null) return `${messages.init.nothingChanged}\n`;
  const width = Math.max(0, ...actions.map((a) => a.file.length));
  const lines = [header, ...actions.map((a) => `  ${a.file.padEnd(width)}  ${a.what}`)];
  if (manual !== null) lines.push(manual);
  else lines.push(messages.init.done);
  const undo = undoCommand(actions);
  if (undo !== null) lines.push(messages.init.undo(undo, root));
  if (note) lines.push(note);
  return `${lines.join('\n')}\n`;
}

/** `keyguard init`: from now on every `git commit` in this repository is checked. */
export async function init(options: InitOptions, io: IO): Promise<number> {
  try {
    return setUp(options, io);
  } catch (error) {
    // our own errors, git's, and the file system's (EACCES, ENOSPC…) are fit to show as they are
    const systemError = error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
    if (!(error instanceof KeyguardError || error instanceof GitError || systemError)) throw error;
    io.stderr(`${messages.init.failed(error.message)}\n`);
    return EXIT.ERROR;
  }
}

function setUp(options: InitOptions, io: IO): number {
  const root = findRepoRoot(io.cwd);
  if (root === null) throw new KeyguardError(messages.init.noRepository);
  const pkgDir = findPackageDir(root, io.cwd);
  const at = resolve(io.cwd) === resolve(root) ? null : root;
  if (pkgDir === null) {
    io.stdout(report({ header: messages.init.headerPlain, actions: installPlainHook(root), manual: null, root: at }));
    return EXIT.CLEAN;
  }
  const result = initNpmProject(root, pkgDir, options.lintStaged, (line) => io.stdout(`${line}\n`));
  io.stdout(report({ ...result, root: at }));
  return EXIT.CLEAN;
}
