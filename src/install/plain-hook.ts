import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KeyguardError } from '../errors.js';
import { hooksDir } from '../git/hooks.js';
import { messages } from '../messages.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import type { Action } from './actions.js';
import { keyguardPackage } from './package-root.js';
import { quote } from './shell-quote.js';
import { shownPath as shown } from './shown-path.js';

const PREVIOUS_HOOK = 'pre-commit.before-keyguard';

/** The hook script, pinned to this version for its npx fallback. */
function plainHookScript(): string {
  const { root, version } = keyguardPackage();
  return readFileSync(join(root, 'hooks', 'pre-commit'), 'utf8').replaceAll('__VERSION__', version);
}

/**
 * Protect a repository without package.json: a plain git pre-commit hook in the folder git runs hooks from. A hook
 * already there keeps running: it is renamed and called first.
 */
export function installPlainHook(root: string): Action[] {
  const dir = hooksDir(root);
  if (existsSync(join(dir, 'h')) && basename(dir) === '_')
    throw new KeyguardError(messages.init.huskyFolder(shown(root, dir)));
  const hook = join(dir, 'pre-commit');
  const previous = join(dir, PREVIOUS_HOOK);
  const exists = existsSync(hook);
  if (exists && readFileSync(hook, 'utf8').includes('keyguard scan')) return [];
  if (exists && existsSync(previous)) throw new KeyguardError(messages.init.previousHookTaken(shown(root, previous)));
  const script = plainHookScript();
  mkdirSync(dir, { recursive: true });
  const actions: Action[] = [];
  if (exists) {
    renameSync(hook, previous);
    actions.push({ file: shown(root, previous), what: messages.init.movedHook(shown(root, hook)) });
  }
  try {
    writeFileAtomic(hook, script, 0o755);
  } catch (error) {
    if (exists) renameSync(previous, hook); // put the user's hook back: nothing half-done
    throw error;
  }
  const { version } = keyguardPackage();
  actions.push({
    file: shown(root, hook),
    what: messages.init.plainHookWritten(version, exists),
    undo: exists ? `mv ${quote(shown(root, previous))} ${quote(shown(root, hook))}` : `rm ${quote(shown(root, hook))}`,
  });
  return actions;
}
