import type { Config } from '../config/types.js';
import { hasContent, type StagedChange } from '../git/staged.js';
import { messages } from '../messages.js';
import type { FileFinding } from '../report/types.js';
import { mainEntry } from '../git/ignore-entry.js';
import { secretNameTest } from './file-matcher.js';

const FILE_RULES = {
  unignored: 'unignored-secret-file',
  forceAdded: 'force-added-secret-file',
  tracked: 'tracked-secret-file',
} as const;

/** In HEAD already (modified, type-changed, or renamed/copied from a committed file): its content is in history. */
function isTracked(change: StagedChange): boolean {
  return change.status !== 'A';
}

/**
 * Staged secret-bearing files (by name) → findings. Only when a name matches does this ask git which of them the
 * ignore rules cover, one `git check-ignore` for all; every staged one is reported, covered or not, because it is
 * about to be committed either way.
 */
export async function findSecretFiles(
  root: string,
  changes: readonly StagedChange[],
  config: Config,
  isAllowed: (path: string) => boolean,
): Promise<FileFinding[]> {
  const test = await secretNameTest(config);
  const staged = changes.filter((c) => hasContent(c) && test(c.path) && !isAllowed(c.path));
  if (staged.length === 0) return [];
  const { ignoredPaths } = await import('../git/check-ignore.js');
  const ignored = ignoredPaths(
    root,
    staged.map((c) => c.path),
  );
  return staged.map((change) => finding(change, ignored.has(change.path)));
}

function finding(change: StagedChange, ignored: boolean): FileFinding {
  const file = change.path;
  const say = messages.secretFiles;
  if (isTracked(change)) {
    const fix = say.fixTracked(file, ignored ? null : mainEntry(file));
    return { kind: 'file', rule: FILE_RULES.tracked, file, fix, tracked: true };
  }
  if (ignored) return { kind: 'file', rule: FILE_RULES.forceAdded, file, fix: say.fixForceAdded(file) };
  return { kind: 'file', rule: FILE_RULES.unignored, file, fix: say.fixUnignored(file, mainEntry(file)) };
}
