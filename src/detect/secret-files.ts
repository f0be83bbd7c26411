import type { Config } from '../config/types.js';
import { readBlob } from '../git/blobs.js';
import { hasContent, type StagedChange } from '../git/staged.js';
import { messages } from '../messages.js';
import type { FileFinding } from '../report/types.js';
import { mainEntry } from '../git/ignore-entry.js';
import { secretNameTest } from './file-matcher.js';
import { fileClassOf, keyMaterialIsSecret, realSecretValues } from './secret-file-content.js';

export const FILE_RULES = {
  unignored: 'unignored-secret-file',
  forceAdded: 'force-added-secret-file',
  tracked: 'tracked-secret-file',
  values: 'secret-values-in-committed-file',
} as const;

/** In HEAD already (modified, type-changed, or renamed/copied from a committed file): its content is in history. */
function isTracked(change: StagedChange): boolean {
  return change.status !== 'A';
}

/** A new text file's added lines are all of it; anything else is read from the index. */
function stagedContent(root: string, change: StagedChange): Buffer {
  return change.status === 'A' && !change.binary ? change.added.bytes : readBlob(root, change.blob);
}

/**
 * Staged secret-bearing files → findings. Files named like secrets are judged by name, key files by what they hold,
 * files frameworks commit on purpose by their values (see secret-file-content.ts). Only when some remain does this
 * ask git which of them the ignore rules cover, one `git check-ignore` for all; every staged one is reported,
 * covered or not, because it is about to be committed either way.
 */
export async function findSecretFiles(
  root: string,
  changes: readonly StagedChange[],
  config: Config,
  isAllowed: (path: string) => boolean,
): Promise<FileFinding[]> {
  const test = await secretNameTest(config);
  const staged: StagedChange[] = [];
  const withValues: FileFinding[] = [];
  for (const change of changes) {
    if (!hasContent(change) || isAllowed(change.path)) continue;
    const kind = fileClassOf(change.path, test);
    if (kind === 'name') staged.push(change);
    if (kind === 'key-material' && keyMaterialIsSecret(change.path, stagedContent(root, change), change.binary))
      staged.push(change);
    if (kind === 'convention') withValues.push(...valuesFinding(change.path, change.added.bytes, change.added.lines));
  }
  if (staged.length === 0) return withValues;
  const { ignoredPaths } = await import('../git/check-ignore.js');
  const ignored = ignoredPaths(
    root,
    staged.map((c) => c.path),
  );
  return [...staged.map((change) => finding(change.path, isTracked(change), ignored.has(change.path))), ...withValues];
}

/** A file meant to be committed that holds real-looking secret values: where, and what to do. */
export function valuesFinding(file: string, text: Buffer, lineNumbers?: readonly number[]): FileFinding[] {
  const [first] = realSecretValues(text.toString('utf8').split('\n'));
  if (first === undefined) return [];
  const line = lineNumbers?.[first.index] ?? first.index + 1;
  const fix = messages.secretFiles.fixValues(file, line, first.name);
  return [{ kind: 'file', rule: FILE_RULES.values, file, fix }];
}

export function finding(file: string, tracked: boolean, ignored: boolean): FileFinding {
  const say = messages.secretFiles;
  if (tracked) {
    const fix = say.fixTracked(file, ignored ? null : mainEntry(file));
    return { kind: 'file', rule: FILE_RULES.tracked, file, fix, tracked: true };
  }
  if (ignored) return { kind: 'file', rule: FILE_RULES.forceAdded, file, fix: say.fixForceAdded(file) };
  return { kind: 'file', rule: FILE_RULES.unignored, file, fix: say.fixUnignored(file, mainEntry(file)) };
}
