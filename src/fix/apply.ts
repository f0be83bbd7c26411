import { join } from 'node:path';
import { ignoreEntries } from '../git/ignore-entry.js';
import { ignoredPaths } from '../git/check-ignore.js';
import { indexedPaths } from '../git/index-entries.js';
import { KeyguardError } from '../errors.js';
import { pathBytes, pathFromBytes } from '../fs/path-bytes.js';
import { messages } from '../messages.js';
import { patchGitignore } from './gitignore-patch.js';
import type { MovePlan } from './move-keys.js';
import { commitChanges, readIfExists, type FileChange } from './transaction.js';

export interface FixPlan {
  /** Staged secret files that .gitignore does not cover yet. */
  toIgnore: string[];
  /** Every staged secret file: all are unstaged. */
  toUnstage: string[];
  /** Hardcoded keys moved into .env files (null: none to move). */
  moves: MovePlan | null;
}

export interface FixOutcome {
  /** Lines appended to the root .gitignore (empty: it was not touched). */
  added: string[];
  created: boolean;
  unstaged: string[];
  /** Files our entries still do not cover (a nested .gitignore re-includes them). */
  stillNotIgnored: string[];
}

/** What --fix would do about staged secret files, asked of git's own ignore rules. */
export function planFix(root: string, files: readonly string[], moves: MovePlan | null = null): FixPlan {
  const ignored = ignoredPaths(root, files);
  return { toIgnore: files.filter((f) => !ignored.has(f)), toUnstage: [...files], moves };
}

/** Entries are names (exact bytes, see fs/path-bytes.ts); the file is handled as bytes (see gitignoreChange). */
const toLatin1 = (s: string) => pathBytes(s).toString('latin1');
const fromLatin1 = (s: string) => pathFromBytes(Buffer.from(s, 'latin1'));

/** The root .gitignore with what is missing appended; latin1 keeps every byte whatever the file's encoding. */
function gitignoreChange(root: string, paths: readonly string[]): { change: FileChange | null; added: string[] } {
  const path = join(root, '.gitignore');
  const before = readIfExists(path);
  const patch = patchGitignore(before?.toString('latin1') ?? null, paths.flatMap(ignoreEntries).map(toLatin1));
  if (patch === null) return { change: null, added: [] };
  return { change: { path, before, after: Buffer.from(patch.text, 'latin1') }, added: patch.added.map(fromLatin1) };
}

/**
 * Everything the plan says, as one transaction (see commitChanges): rewritten sources in the working tree and the
 * index, .env and .env.example, the missing .gitignore entries, and every staged secret file removed from the
 * index (the files stay on disk). The index is read back afterwards: a file it still holds fails the fix (exit 2)
 * rather than being reported as unstaged. Running it again changes nothing: covered files get no entry, nothing is
 * left staged, moved keys are gone from the code.
 */
export function applyFix(root: string, plan: FixPlan): FixOutcome {
  const toIgnore = [...plan.toIgnore, ...(plan.moves?.toIgnore ?? [])];
  const gitignore = gitignoreChange(root, toIgnore);
  commitChanges(root, {
    files: [...(plan.moves?.files ?? []), ...(gitignore.change === null ? [] : [gitignore.change])],
    index: [...(plan.moves?.index ?? []), ...plan.toUnstage.map((path) => ({ path, mode: '0', content: null }))],
  });
  const left = [...indexedPaths(root, plan.toUnstage)];
  if (left.length > 0) throw new KeyguardError(messages.secretFiles.notUnstaged(left));
  const nowIgnored = toIgnore.length > 0 ? ignoredPaths(root, toIgnore) : new Set<string>();
  return {
    added: gitignore.added,
    created: gitignore.change !== null && gitignore.change.before === null,
    unstaged: plan.toUnstage,
    stillNotIgnored: toIgnore.filter((f) => !nowIgnored.has(f)),
  };
}
