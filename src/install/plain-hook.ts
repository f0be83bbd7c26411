import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KeyguardError } from '../errors.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { hooksDir } from '../git/hooks.js';
import { messages } from '../messages.js';
import type { Applied } from './change.js';
import { runsKeyguard } from './hook-lines.js';
import { keyguardPackage } from './package-root.js';
import { shownPath as shown } from './shown-path.js';

const PREVIOUS_HOOK = 'pre-commit.before-keyguard';

/** The hook script, pinned to this version for its npx fallback. */
function plainHookScript(): string {
  const { root, version } = keyguardPackage();
  return readFileSync(join(root, 'hooks', 'pre-commit'), 'utf8').replaceAll('__VERSION__', version);
}

/**
 * Protect a repository without package.json: a plain git pre-commit hook in git's own hooks folder (shared by every
 * worktree). A hook already there keeps running: it is renamed and called first.
 */
export function installPlainHook(root: string): Applied[] {
  const dir = hooksDir(root);
  if (existsSync(join(dir, 'h')) && basename(dir) === '_')
    throw new KeyguardError(messages.init.huskyFolder(shown(root, dir)));
  const hook = join(dir, 'pre-commit');
  const previous = join(dir, PREVIOUS_HOOK);
  const exists = existsSync(hook);
  if (exists && runsKeyguard(readFileSync(hook, 'utf8'))) return [];
  if (exists && existsSync(previous)) throw new KeyguardError(messages.init.previousHookTaken(shown(root, previous)));
  const script = plainHookScript();
  mkdirSync(dir, { recursive: true });
  const applied: Applied[] = [];
  if (exists) {
    renameSync(hook, previous);
    const change = { kind: 'moved', from: shown(root, hook), to: shown(root, previous) } as const;
    applied.push({ file: shown(root, previous), what: messages.init.movedHook(shown(root, hook)), change });
  }
  try {
    writeFileAtomic(hook, script, 0o755);
  } catch (error) {
    if (exists) renameSync(previous, hook); // put the user's hook back: nothing half-done
    throw error;
  }
  const what = messages.init.plainHookWritten(keyguardPackage().version, exists);
  applied.push({ file: shown(root, hook), what, change: { kind: 'file', file: shown(root, hook), content: script } });
  return applied;
}
