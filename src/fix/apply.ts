import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ignoreEntries } from '../git/ignore-entry.js';
import { ignoredPaths } from '../git/check-ignore.js';
import { stillInIndex, unstage } from '../git/unstage.js';
import { KeyguardError } from '../errors.js';
import { pathBytes, pathFromBytes } from '../fs/path-bytes.js';
import { messages } from '../messages.js';
import { patchGitignore } from './gitignore-patch.js';
import { writeFileAtomic } from '../fs/write-atomic.js';

export interface FixPlan {
  /** Staged secret files that .gitignore does not cover yet. */
  toIgnore: string[];
  /** Every staged secret file: all are unstaged. */
  toUnstage: string[];
}

export interface FixOutcome {
  /** Lines appended to the root .gitignore (empty: it was not touched). */
  added: string[];
  created: boolean;
  unstaged: string[];
  /** Files our entries still do not cover (a nested .gitignore re-includes them). */
  stillNotIgnored: string[];
}

/** What --fix would do, asked of git's own ignore rules. */
export function planFix(root: string, files: readonly string[]): FixPlan {
  const ignored = ignoredPaths(root, files);
  return { toIgnore: files.filter((f) => !ignored.has(f)), toUnstage: [...files] };
}

/** Entries are names (exact bytes, see fs/path-bytes.ts); the file is handled as bytes (see applyFix). */
const toLatin1 = (s: string) => pathBytes(s).toString('latin1');
const fromLatin1 = (s: string) => pathFromBytes(Buffer.from(s, 'latin1'));

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'latin1');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Append what is missing to the root .gitignore (atomically), then unstage every file of the plan; the files stay on
 * disk. The index is read back after unstaging: a file it still holds fails the fix (exit 2) rather than being
 * reported as unstaged. Running it again changes nothing: covered files get no entry, and nothing is left staged.
 */
export function applyFix(root: string, plan: FixPlan): FixOutcome {
  const path = join(root, '.gitignore');
  // latin1 reads and writes every byte back unchanged, whatever the file's encoding.
  const existing = readIfExists(path);
  const patch = patchGitignore(existing, plan.toIgnore.flatMap(ignoreEntries).map(toLatin1));
  if (patch !== null) writeFileAtomic(path, Buffer.from(patch.text, 'latin1'));
  unstage(root, plan.toUnstage);
  const left = stillInIndex(root, plan.toUnstage);
  if (left.length > 0) throw new KeyguardError(messages.secretFiles.notUnstaged(left));
  const nowIgnored = plan.toIgnore.length > 0 ? ignoredPaths(root, plan.toIgnore) : new Set<string>();
  return {
    added: (patch?.added ?? []).map(fromLatin1),
    created: existing === null && patch !== null,
    unstaged: plan.toUnstage,
    stillNotIgnored: plan.toIgnore.filter((f) => !nowIgnored.has(f)),
  };
}
